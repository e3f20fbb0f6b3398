package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.List;
import org.jvirt.error.ErrorDomain;
import org.jvirt.flags.DomainCheckpointCreateFlag;
import org.jvirt.flags.DomainSnapshotCreateFlag;
import org.jvirt.spi.HypervisorDriver;

/**
 * The snapshot and checkpoint calls of {@link Domain} (libvirt-domain-snapshot.c, libvirt-domain-checkpoint.c).
 * Split out of Domain by concern (DESIGN.md rule 11); Domain alone implements it.
 */
public sealed interface DomainMomentCalls extends DomainCalls permits Domain {

    private Domain self() {
        return (Domain) this;
    }

    private HypervisorDriver hv() {
        return getConnect().hv();
    }

    /**
     * virDomainSnapshotCreateXML: flags are DomainSnapshotCreateFlag. CURRENT needs REDEFINE; REDEFINE excludes
     * NO_METADATA and HALT, as the public layer checks them.
     */
    default DomainSnapshot snapshotCreateXML(String xmlDesc, int flags) {
        String fn = "virDomainSnapshotCreateXML";
        return Dispatch.write(getConnect(), fn, () -> {
            requireArg(xmlDesc, "xmlDesc", fn);
            SnapshotFlags.requires(flags, DomainSnapshotCreateFlag.CURRENT, DomainSnapshotCreateFlag.REDEFINE,
                    "VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT", "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE");
            SnapshotFlags.exclusive(flags, DomainSnapshotCreateFlag.REDEFINE, DomainSnapshotCreateFlag.NO_METADATA,
                    "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE", "VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA");
            SnapshotFlags.exclusive(flags, DomainSnapshotCreateFlag.REDEFINE, DomainSnapshotCreateFlag.HALT,
                    "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE", "VIR_DOMAIN_SNAPSHOT_CREATE_HALT");
            return DomainSnapshot.of(self(), hv().domainSnapshotCreateXML(ref(), xmlDesc, flags));
        });
    }

    /** virDomainSnapshotNum: flags are DomainSnapshotListFlag (ROOTS, TOPOLOGICAL, filters). */
    default int snapshotNum(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotNum", () -> hv().domainSnapshotNum(ref(), flags));
    }

    /** virDomainSnapshotListNames, every name (the driver is asked for as many as there are). */
    default List<String> snapshotListNames(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotListNames",
                () -> hv().domainSnapshotListNames(ref(), Integer.MAX_VALUE, flags));
    }

    /** virDomainListAllSnapshots. */
    default List<DomainSnapshot> listAllSnapshots(int flags) {
        return Dispatch.read(getConnect(), "virDomainListAllSnapshots",
                () -> DomainSnapshot.wrap(self(), hv().domainListAllSnapshots(ref(), flags)));
    }

    /** virDomainSnapshotLookupByName: a missing snapshot is NO_DOMAIN_SNAPSHOT. */
    default DomainSnapshot snapshotLookupByName(String name, int flags) {
        String fn = "virDomainSnapshotLookupByName";
        return Dispatch.read(getConnect(), fn,
                () -> DomainSnapshot.of(self(), hv().domainSnapshotLookupByName(ref(), requireArg(name, "name", fn), flags)));
    }

    /** virDomainHasCurrentSnapshot. */
    default boolean hasCurrentSnapshot(int flags) {
        return Dispatch.read(getConnect(), "virDomainHasCurrentSnapshot",
                () -> hv().domainHasCurrentSnapshot(ref(), flags));
    }

    /** virDomainSnapshotCurrent: NO_DOMAIN_SNAPSHOT when there is none. */
    default DomainSnapshot snapshotCurrent(int flags) {
        return Dispatch.read(getConnect(), "virDomainSnapshotCurrent",
                () -> DomainSnapshot.of(self(), hv().domainSnapshotCurrent(ref(), flags)));
    }

    /** virDomainRevertToSnapshot, named after the domain as libvirt-java has it; same as snapshot.revert(flags). */
    default void revertToSnapshot(DomainSnapshot snapshot, int flags) {
        snapshot.revert(flags);
    }

    /**
     * virDomainCheckpointCreateXML: flags are DomainCheckpointCreateFlag. REDEFINE_VALIDATE needs REDEFINE;
     * REDEFINE excludes QUIESCE, as the public layer checks them.
     */
    default DomainCheckpoint checkpointCreateXML(String xmlDesc, int flags) {
        String fn = "virDomainCheckpointCreateXML";
        return Dispatch.write(getConnect(), fn, () -> {
            requireArg(xmlDesc, "xmlDesc", fn);
            SnapshotFlags.requires(ErrorDomain.DOMAIN_CHECKPOINT, fn, flags, DomainCheckpointCreateFlag.REDEFINE_VALIDATE,
                    DomainCheckpointCreateFlag.REDEFINE, "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE",
                    "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE");
            SnapshotFlags.exclusive(ErrorDomain.DOMAIN_CHECKPOINT, fn, flags, DomainCheckpointCreateFlag.REDEFINE,
                    DomainCheckpointCreateFlag.QUIESCE, "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE",
                    "VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE");
            return DomainCheckpoint.of(self(), hv().domainCheckpointCreateXML(ref(), xmlDesc, flags));
        });
    }

    /** virDomainListAllCheckpoints: flags are DomainCheckpointListFlag (ROOTS, TOPOLOGICAL, leaves). */
    default List<DomainCheckpoint> listAllCheckpoints(int flags) {
        return Dispatch.read(getConnect(), "virDomainListAllCheckpoints",
                () -> DomainCheckpoint.wrap(self(), hv().domainListAllCheckpoints(ref(), flags)));
    }

    /** virDomainCheckpointLookupByName: a missing checkpoint is NO_DOMAIN_CHECKPOINT. */
    default DomainCheckpoint checkpointLookupByName(String name, int flags) {
        String fn = "virDomainCheckpointLookupByName";
        return Dispatch.read(getConnect(), fn, () -> DomainCheckpoint.of(self(),
                hv().domainCheckpointLookupByName(ref(), requireArg(name, "name", fn), flags)));
    }
}
