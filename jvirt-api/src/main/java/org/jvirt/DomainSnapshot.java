package org.jvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainSnapshotDeleteFlag;
import org.jvirt.flags.DomainSnapshotRevertFlag;
import org.jvirt.flags.DomainSnapshotXMLFlag;
import org.jvirt.spi.DomainSnapshotRef;

/**
 * A handle on a domain snapshot (libvirt's virDomainSnapshot): the domain plus the snapshot's name. Every method
 * goes through {@link Dispatch}; the driver finds the snapshot by name in the domain's list.
 */
public final class DomainSnapshot {

    private final Domain domain;
    private final DomainSnapshotRef ref;

    DomainSnapshot(Domain domain, DomainSnapshotRef ref) {
        this.domain = Objects.requireNonNull(domain);
        this.ref = Objects.requireNonNull(ref);
    }

    /** A handle from a driver's answer, on the domain handle the call was made through. */
    static DomainSnapshot of(Domain domain, DomainSnapshotRef ref) {
        return new DomainSnapshot(domain, new DomainSnapshotRef(domain.ref(), ref.name()));
    }

    static List<DomainSnapshot> wrap(Domain domain, List<DomainSnapshotRef> refs) {
        List<DomainSnapshot> out = new ArrayList<>(refs.size());
        for (DomainSnapshotRef r : refs) {
            out.add(of(domain, r));
        }
        return out;
    }

    /** virDomainSnapshotGetName. */
    public String getName() {
        return ref.name();
    }

    /** virDomainSnapshotGetDomain. */
    public Domain getDomain() {
        return domain;
    }

    /** virDomainSnapshotGetConnect. */
    public Connect getConnect() {
        return domain.getConnect();
    }

    /** The identity the drivers see; for protocol layers. */
    public DomainSnapshotRef ref() {
        return ref;
    }

    private Connect conn() {
        return domain.getConnect();
    }

    /** virDomainSnapshotGetXMLDesc: flags are DomainSnapshotXMLFlag; SECURE is refused on read-only connections. */
    public String getXMLDesc(int flags) {
        return Dispatch.read(conn(), "virDomainSnapshotGetXMLDesc", () -> {
            if ((flags & DomainSnapshotXMLFlag.SECURE.value()) != 0 && conn().isReadOnly()) {
                throw VirtException.of(ErrorCode.OPERATION_DENIED, ErrorDomain.DOMAIN_SNAPSHOT,
                        "virDomainSnapshotGetXMLDesc with secure flag");
            }
            return conn().hv().domainSnapshotGetXMLDesc(ref, flags);
        });
    }

    /** virDomainSnapshotGetParent: a root snapshot is NO_DOMAIN_SNAPSHOT. */
    public DomainSnapshot getParent(int flags) {
        return Dispatch.read(conn(), "virDomainSnapshotGetParent",
                () -> of(domain, conn().hv().domainSnapshotGetParent(ref, flags)));
    }

    /** virDomainSnapshotNumChildren: flags are DomainSnapshotListFlag (DESCENDANTS, filters). */
    public int numChildren(int flags) {
        return Dispatch.read(conn(), "virDomainSnapshotNumChildren", () -> conn().hv().domainSnapshotNumChildren(ref, flags));
    }

    /** virDomainSnapshotListChildrenNames, every name (the driver is asked for as many as there are). */
    public List<String> listChildrenNames(int flags) {
        return Dispatch.read(conn(), "virDomainSnapshotListChildrenNames",
                () -> conn().hv().domainSnapshotListChildrenNames(ref, Integer.MAX_VALUE, flags));
    }

    /** virDomainSnapshotListAllChildren. */
    public List<DomainSnapshot> listAllChildren(int flags) {
        return Dispatch.read(conn(), "virDomainSnapshotListAllChildren",
                () -> wrap(domain, conn().hv().domainSnapshotListAllChildren(ref, flags)));
    }

    /** virDomainSnapshotIsCurrent. */
    public boolean isCurrent(int flags) {
        return Dispatch.read(conn(), "virDomainSnapshotIsCurrent", () -> conn().hv().domainSnapshotIsCurrent(ref, flags));
    }

    /** virDomainSnapshotHasMetadata. */
    public boolean hasMetadata(int flags) {
        return Dispatch.read(conn(), "virDomainSnapshotHasMetadata", () -> conn().hv().domainSnapshotHasMetadata(ref, flags));
    }

    /** virDomainRevertToSnapshot: flags are DomainSnapshotRevertFlag; RUNNING and PAUSED exclude each other. */
    public void revert(int flags) {
        Dispatch.write(conn(), "virDomainRevertToSnapshot", () -> {
            SnapshotFlags.exclusive(flags, DomainSnapshotRevertFlag.RUNNING, DomainSnapshotRevertFlag.PAUSED,
                    "VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING", "VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED");
            conn().hv().domainRevertToSnapshot(ref, flags);
        });
    }

    /** virDomainSnapshotDelete: flags are DomainSnapshotDeleteFlag; CHILDREN and CHILDREN_ONLY exclude each other. */
    public void delete(int flags) {
        Dispatch.write(conn(), "virDomainSnapshotDelete", () -> {
            SnapshotFlags.exclusive(flags, DomainSnapshotDeleteFlag.CHILDREN, DomainSnapshotDeleteFlag.CHILDREN_ONLY,
                    "VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN", "VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY");
            conn().hv().domainSnapshotDelete(ref, flags);
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainSnapshot s && s.domain.equals(domain) && s.ref.name().equals(ref.name());
    }

    @Override
    public int hashCode() {
        return domain.hashCode() * 31 + ref.name().hashCode();
    }

    @Override
    public String toString() {
        return "DomainSnapshot[" + domain.getName() + "/" + ref.name() + "]";
    }
}
