package org.jvirt.core;

import java.util.List;
import org.jvirt.conf.checkpoint.CheckpointDef;
import org.jvirt.flags.DomainCheckpointListFlag;

/**
 * A domain's checkpoints (libvirt's virDomainCheckpointObjList): the shared moment tree plus the checkpoint
 * list flags, which have no filters beyond leaves (virDomainCheckpointObjListGetNames). Not thread-safe: callers
 * hold the domain object's lock.
 */
public final class DomainCheckpointObjList extends DomainMomentObjList<CheckpointDef> {

    private static final int LEAVES = DomainCheckpointListFlag.LEAVES.value();
    private static final int NO_LEAVES = DomainCheckpointListFlag.NO_LEAVES.value();
    /** VIR_DOMAIN_CHECKPOINT_FILTERS_ALL. */
    public static final int FILTERS_ALL = LEAVES | NO_LEAVES;

    /**
     * The names below {@code from} (null: the whole list) that pass {@code flags} (virDomainCheckpointListFlags,
     * already checked by the driver).
     */
    public List<String> names(Node<CheckpointDef> from, int flags) {
        return names(from, (flags & DomainCheckpointListFlag.ROOTS.value()) != 0,
                (flags & DomainCheckpointListFlag.TOPOLOGICAL.value()) != 0,
                (flags & LEAVES) != 0, (flags & NO_LEAVES) != 0, def -> true);
    }
}
