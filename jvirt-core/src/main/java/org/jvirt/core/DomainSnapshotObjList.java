package org.jvirt.core;

import java.util.List;
import org.jvirt.conf.snapshot.SnapshotDef;
import org.jvirt.conf.snapshot.SnapshotState;
import org.jvirt.flags.DomainSnapshotListFlag;

/**
 * A domain's snapshots (libvirt's virDomainSnapshotObjList): the shared moment tree plus the snapshot list
 * flags (virDomainSnapshotObjListGetNames, virDomainSnapshotFilter). Not thread-safe: callers hold the domain
 * object's lock.
 */
public final class DomainSnapshotObjList extends DomainMomentObjList<SnapshotDef> {

    private static final int LEAVES = DomainSnapshotListFlag.LEAVES.value();
    private static final int NO_LEAVES = DomainSnapshotListFlag.NO_LEAVES.value();
    private static final int METADATA = DomainSnapshotListFlag.METADATA.value();
    private static final int NO_METADATA = DomainSnapshotListFlag.NO_METADATA.value();
    private static final int INACTIVE = DomainSnapshotListFlag.INACTIVE.value();
    private static final int ACTIVE = DomainSnapshotListFlag.ACTIVE.value();
    private static final int DISK_ONLY = DomainSnapshotListFlag.DISK_ONLY.value();
    private static final int INTERNAL = DomainSnapshotListFlag.INTERNAL.value();
    private static final int EXTERNAL = DomainSnapshotListFlag.EXTERNAL.value();
    private static final int STATUS = INACTIVE | ACTIVE | DISK_ONLY;
    private static final int LOCATION = INTERNAL | EXTERNAL;
    /** VIR_DOMAIN_SNAPSHOT_FILTERS_ALL. */
    public static final int FILTERS_ALL = LEAVES | NO_LEAVES | METADATA | NO_METADATA | STATUS | LOCATION;

    /**
     * virDomainSnapshotObjListGetNames: the names below {@code from} (null: the whole list) that pass the
     * filters of {@code flags} (virDomainSnapshotListFlags, already checked by the driver).
     */
    public List<String> names(Node<SnapshotDef> from, int flags) {
        if ((flags & (METADATA | NO_METADATA)) == NO_METADATA) {
            return List.of(); // every snapshot here has metadata
        }
        int filter = flags & (STATUS | LOCATION);
        if ((filter & STATUS) == STATUS) {
            filter &= ~STATUS;
        }
        if ((filter & LOCATION) == LOCATION) {
            filter &= ~LOCATION;
        }
        int f = filter;
        return names(from, (flags & 1) != 0, (flags & DomainSnapshotListFlag.TOPOLOGICAL.value()) != 0,
                (flags & LEAVES) != 0, (flags & NO_LEAVES) != 0,
                def -> passes(def, f));
    }

    /** virDomainSnapshotFilter. */
    private static boolean passes(SnapshotDef def, int flags) {
        if ((flags & STATUS) != 0) {
            SnapshotState st = def.state();
            if ((flags & INACTIVE) == 0 && st == SnapshotState.SHUTOFF
                    || (flags & DISK_ONLY) == 0 && st == SnapshotState.DISK_SNAPSHOT
                    || (flags & ACTIVE) == 0 && st != SnapshotState.SHUTOFF && st != SnapshotState.DISK_SNAPSHOT) {
                return false;
            }
        }
        return !((flags & INTERNAL) != 0 && def.isExternal() || (flags & EXTERNAL) != 0 && !def.isExternal());
    }
}
