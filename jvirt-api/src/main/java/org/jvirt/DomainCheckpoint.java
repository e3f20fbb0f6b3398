package org.jvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainCheckpointDeleteFlag;
import org.jvirt.flags.DomainCheckpointXMLFlag;
import org.jvirt.spi.DomainCheckpointRef;

/**
 * A handle on a domain checkpoint (libvirt's virDomainCheckpoint): the domain plus the checkpoint's name. Every
 * method goes through {@link Dispatch}; the driver finds the checkpoint by name in the domain's list.
 */
public final class DomainCheckpoint {

    private final Domain domain;
    private final DomainCheckpointRef ref;

    DomainCheckpoint(Domain domain, DomainCheckpointRef ref) {
        this.domain = Objects.requireNonNull(domain);
        this.ref = Objects.requireNonNull(ref);
    }

    /** A handle from a driver's answer, on the domain handle the call was made through. */
    static DomainCheckpoint of(Domain domain, DomainCheckpointRef ref) {
        return new DomainCheckpoint(domain, new DomainCheckpointRef(domain.ref(), ref.name()));
    }

    static List<DomainCheckpoint> wrap(Domain domain, List<DomainCheckpointRef> refs) {
        List<DomainCheckpoint> out = new ArrayList<>(refs.size());
        for (DomainCheckpointRef r : refs) {
            out.add(of(domain, r));
        }
        return out;
    }

    /** virDomainCheckpointGetName. */
    public String getName() {
        return ref.name();
    }

    /** virDomainCheckpointGetDomain. */
    public Domain getDomain() {
        return domain;
    }

    /** virDomainCheckpointGetConnect. */
    public Connect getConnect() {
        return domain.getConnect();
    }

    /** The identity the drivers see; for protocol layers. */
    public DomainCheckpointRef ref() {
        return ref;
    }

    private Connect conn() {
        return domain.getConnect();
    }

    /** virDomainCheckpointGetXMLDesc: flags are DomainCheckpointXMLFlag; SECURE is refused on read-only connections. */
    public String getXMLDesc(int flags) {
        return Dispatch.read(conn(), "virDomainCheckpointGetXMLDesc", () -> {
            if ((flags & DomainCheckpointXMLFlag.SECURE.value()) != 0 && conn().isReadOnly()) {
                throw VirtException.of(ErrorCode.OPERATION_DENIED, ErrorDomain.DOMAIN_CHECKPOINT,
                        "virDomainCheckpointGetXMLDesc with secure flag");
            }
            return conn().hv().domainCheckpointGetXMLDesc(ref, flags);
        });
    }

    /** virDomainCheckpointGetParent: a root checkpoint is NO_DOMAIN_CHECKPOINT. */
    public DomainCheckpoint getParent(int flags) {
        return Dispatch.read(conn(), "virDomainCheckpointGetParent",
                () -> of(domain, conn().hv().domainCheckpointGetParent(ref, flags)));
    }

    /** virDomainCheckpointListAllChildren: flags are DomainCheckpointListFlag (DESCENDANTS, TOPOLOGICAL, leaves). */
    public List<DomainCheckpoint> listAllChildren(int flags) {
        return Dispatch.read(conn(), "virDomainCheckpointListAllChildren",
                () -> wrap(domain, conn().hv().domainCheckpointListAllChildren(ref, flags)));
    }

    /** virDomainCheckpointDelete: flags are DomainCheckpointDeleteFlag; CHILDREN and CHILDREN_ONLY exclude each other. */
    public void delete(int flags) {
        Dispatch.write(conn(), "virDomainCheckpointDelete", () -> {
            SnapshotFlags.exclusive(ErrorDomain.DOMAIN_CHECKPOINT, "virDomainCheckpointDelete", flags, DomainCheckpointDeleteFlag.CHILDREN,
                    DomainCheckpointDeleteFlag.CHILDREN_ONLY,
                    "VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN", "VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY");
            conn().hv().domainCheckpointDelete(ref, flags);
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainCheckpoint c && c.domain.equals(domain) && c.ref.name().equals(ref.name());
    }

    @Override
    public int hashCode() {
        return domain.hashCode() * 31 + ref.name().hashCode();
    }

    @Override
    public String toString() {
        return "DomainCheckpoint[" + domain.getName() + "/" + ref.name() + "]";
    }
}
