package org.jvirt;

import java.util.List;
import org.jvirt.error.ErrorDomain;
import org.jvirt.flags.DomainSnapshotDeleteFlag;
import org.jvirt.flags.DomainSnapshotRevertFlag;
import org.jvirt.spi.DomainSnapshotRef;

/**
 * A handle on a domain snapshot (libvirt's virDomainSnapshot): the domain plus the snapshot's name. Every method
 * goes through {@link Dispatch}; the driver finds the snapshot by name in the domain's list. What it shares with
 * {@link DomainCheckpoint} (name, domain, identity) is in {@link DomainMoment}.
 */
public final class DomainSnapshot extends DomainMoment {

    private final DomainSnapshotRef ref;

    DomainSnapshot(Domain domain, DomainSnapshotRef ref) {
        super(domain, ref.name());
        this.ref = ref;
    }

    /** A handle from a driver's answer, on the domain handle the call was made through. */
    static DomainSnapshot of(Domain domain, DomainSnapshotRef ref) {
        return new DomainSnapshot(domain, new DomainSnapshotRef(domain.ref(), ref.name()));
    }

    static List<DomainSnapshot> wrap(Domain domain, List<DomainSnapshotRef> refs) {
        return handles(refs, r -> of(domain, r));
    }

    /** The identity the drivers see; for protocol layers. */
    public DomainSnapshotRef ref() {
        return ref;
    }

    /** virDomainSnapshotGetXMLDesc: flags are DomainSnapshotXMLFlag; SECURE is refused on read-only connections. */
    public String getXMLDesc(int flags) {
        String fn = "virDomainSnapshotGetXMLDesc";
        return Dispatch.read(getConnect(), fn, () -> {
            denySecureOnReadOnly(ErrorDomain.DOMAIN_SNAPSHOT, flags, fn);
            return hv().domainSnapshotGetXMLDesc(ref, flags);
        });
    }

    /** virDomainSnapshotGetParent: a root snapshot is NO_DOMAIN_SNAPSHOT. */
    public DomainSnapshot getParent(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotGetParent",
                () -> of(getDomain(), hv().domainSnapshotGetParent(ref, flags)));
    }

    /** virDomainSnapshotNumChildren: flags are DomainSnapshotListFlag (DESCENDANTS, filters). */
    public int numChildren(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotNumChildren", () -> hv().domainSnapshotNumChildren(ref, flags));
    }

    /** virDomainSnapshotListChildrenNames, every name (the driver is asked for as many as there are). */
    public List<String> listChildrenNames(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotListChildrenNames",
                () -> hv().domainSnapshotListChildrenNames(ref, Integer.MAX_VALUE, flags));
    }

    /** virDomainSnapshotListAllChildren. */
    public List<DomainSnapshot> listAllChildren(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotListAllChildren",
                () -> wrap(getDomain(), hv().domainSnapshotListAllChildren(ref, flags)));
    }

    /** virDomainSnapshotIsCurrent. */
    public boolean isCurrent(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotIsCurrent", () -> hv().domainSnapshotIsCurrent(ref, flags));
    }

    /** virDomainSnapshotHasMetadata. */
    public boolean hasMetadata(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotHasMetadata", () -> hv().domainSnapshotHasMetadata(ref, flags));
    }

    /** virDomainRevertToSnapshot: flags are DomainSnapshotRevertFlag; RUNNING and PAUSED exclude each other. */
    public void revert(int flags) {
        Dispatch.write(getConnect(), "virDomainRevertToSnapshot", () -> {
            SnapshotFlags.exclusive(flags, DomainSnapshotRevertFlag.RUNNING, DomainSnapshotRevertFlag.PAUSED,
                    "VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING", "VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED");
            hv().domainRevertToSnapshot(ref, flags);
        });
    }

    /** virDomainSnapshotDelete: flags are DomainSnapshotDeleteFlag; CHILDREN and CHILDREN_ONLY exclude each other. */
    public void delete(int flags) {
        Dispatch.write(getConnect(), "virDomainSnapshotDelete", () -> {
            SnapshotFlags.exclusive(flags, DomainSnapshotDeleteFlag.CHILDREN, DomainSnapshotDeleteFlag.CHILDREN_ONLY,
                    "VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN", "VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY");
            hv().domainSnapshotDelete(ref, flags);
        });
    }
}
