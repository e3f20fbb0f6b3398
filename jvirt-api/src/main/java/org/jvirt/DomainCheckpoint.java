package org.jvirt;

import java.util.List;
import org.jvirt.error.ErrorDomain;
import org.jvirt.flags.DomainCheckpointDeleteFlag;
import org.jvirt.spi.DomainCheckpointRef;

/**
 * A handle on a domain checkpoint (libvirt's virDomainCheckpoint): the domain plus the checkpoint's name. Every
 * method goes through {@link Dispatch}; the driver finds the checkpoint by name in the domain's list. What it
 * shares with {@link DomainSnapshot} (name, domain, identity) is in {@link DomainMoment}.
 */
public final class DomainCheckpoint extends DomainMoment {

    private final DomainCheckpointRef ref;

    DomainCheckpoint(Domain domain, DomainCheckpointRef ref) {
        super(domain, ref.name());
        this.ref = ref;
    }

    /** A handle from a driver's answer, on the domain handle the call was made through. */
    static DomainCheckpoint of(Domain domain, DomainCheckpointRef ref) {
        return new DomainCheckpoint(domain, new DomainCheckpointRef(domain.ref(), ref.name()));
    }

    static List<DomainCheckpoint> wrap(Domain domain, List<DomainCheckpointRef> refs) {
        return handles(refs, r -> of(domain, r));
    }

    /** The identity the drivers see; for protocol layers. */
    public DomainCheckpointRef ref() {
        return ref;
    }

    /** virDomainCheckpointGetXMLDesc: flags are DomainCheckpointXMLFlag; SECURE is refused on read-only connections. */
    public String getXMLDesc(int flags) {
        String fn = "virDomainCheckpointGetXMLDesc";
        return Dispatch.read(getConnect(), fn, () -> {
            denySecureOnReadOnly(ErrorDomain.DOMAIN_CHECKPOINT, flags, fn);
            return hv().domainCheckpointGetXMLDesc(ref, flags);
        });
    }

    /** virDomainCheckpointGetParent: a root checkpoint is NO_DOMAIN_CHECKPOINT. */
    public DomainCheckpoint getParent(int flags) {
        return Dispatch.read(getConnect(), "virDomainCheckpointGetParent",
                () -> of(getDomain(), hv().domainCheckpointGetParent(ref, flags)));
    }

    /** virDomainCheckpointListAllChildren: flags are DomainCheckpointListFlag (DESCENDANTS, TOPOLOGICAL, leaves). */
    public List<DomainCheckpoint> listAllChildren(int flags) {
        return Dispatch.read(getConnect(), "virDomainCheckpointListAllChildren",
                () -> wrap(getDomain(), hv().domainCheckpointListAllChildren(ref, flags)));
    }

    /** virDomainCheckpointDelete: flags are DomainCheckpointDeleteFlag; CHILDREN and CHILDREN_ONLY exclude each other. */
    public void delete(int flags) {
        String fn = "virDomainCheckpointDelete";
        Dispatch.write(getConnect(), fn, () -> {
            SnapshotFlags.exclusive(ErrorDomain.DOMAIN_CHECKPOINT, fn, flags, DomainCheckpointDeleteFlag.CHILDREN,
                    DomainCheckpointDeleteFlag.CHILDREN_ONLY,
                    "VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN", "VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY");
            hv().domainCheckpointDelete(ref, flags);
        });
    }
}
