package org.jvirt.core;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.jvirt.DomainState;
import org.jvirt.DomainStateReason;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.spi.DomainRef;

/**
 * A live domain (libvirt's virDomainObj): lock, state + reason, the definition in force ({@link #def()}) and,
 * while running, the pending persistent configuration ({@link #newDef()}). Name and UUID never change for an
 * object, so they are kept outside the lock for lock-free listing. Every mutator requires the lock to be held.
 */
public final class DomainObj extends LiveObj<DomainDef> {

    private volatile DomainState state = DomainState.SHUTOFF;
    private volatile int reason;
    private volatile int id = -1;
    private volatile boolean hasManagedSave;
    /** Live per-vCPU pinning; libvirt keeps it in the live def, which is thrown away at shutdown, as here. */
    private final Map<Integer, BitSet> vcpuPins = new HashMap<>();
    private final DomainSnapshotObjList snapshots = new DomainSnapshotObjList();
    private final DomainCheckpointObjList checkpoints = new DomainCheckpointObjList();

    DomainObj(long seq, DomainDef def) {
        super(seq, def.name(), def.uuid(), def);
    }

    public DomainRef ref() {
        return new DomainRef(name(), uuid(), id);
    }

    public void setNewDef(DomainDef d) {
        newDef = d;
    }

    /** The persistent configuration: newDef while running (when there is one), else def. */
    public DomainDef persistentDef() {
        return isActive() && newDef != null ? newDef : def;
    }

    public DomainState state() {
        return state;
    }

    public int reason() {
        return reason;
    }

    public DomainStateReason stateReason() {
        return new DomainStateReason(state, reason);
    }

    public void setState(DomainState s, int r) {
        state = s;
        reason = r;
    }

    /** virDomainObjIsActive: a domain is active while it has an id. */
    @Override
    public boolean isActive() {
        return id != -1;
    }

    public int id() {
        return id;
    }

    void setId(int newId) {
        id = newId;
    }

    public boolean hasManagedSave() {
        return hasManagedSave;
    }

    public void setHasManagedSave(boolean m) {
        hasManagedSave = m;
    }

    /** The domain's snapshot tree (libvirt's vm->snapshots); guarded by the object lock like the rest. */
    public DomainSnapshotObjList snapshots() {
        return snapshots;
    }

    /** The domain's checkpoint tree (libvirt's vm->checkpoints); guarded by the object lock like the rest. */
    public DomainCheckpointObjList checkpoints() {
        return checkpoints;
    }

    public Map<Integer, BitSet> vcpuPins() {
        return vcpuPins;
    }

    /**
     * virDomainObjSetDefTransient: on start, keep a copy of the persistent config so live changes do not leak
     * into it. Definitions are immutable, so the "copy" is the same instance.
     */
    public void setDefTransient() {
        if (persistent && newDef == null) {
            newDef = def;
        }
    }

    /** virDomainObjRemoveTransientDef: on stop, the pending persistent config becomes the definition again. */
    public void removeTransientDef() {
        if (newDef != null) {
            def = newDef;
            newDef = null;
        }
        vcpuPins.clear();
    }

    /**
     * virDomainObjAssignDef: a running domain keeps its live def and takes the new one as pending config; an
     * inactive one either takes it as the live def (saving the old config for shutdown) or replaces its config.
     *
     * @return the definition displaced (libvirt's oldDef), or null
     */
    public DomainDef assignDef(DomainDef d, boolean live) {
        if (isActive()) {
            DomainDef old = newDef;
            newDef = d;
            return old;
        }
        if (live) {
            if (newDef == null) {
                newDef = def;
            }
            def = d;
            return null;
        }
        DomainDef old = def;
        def = d;
        return old;
    }

    @Override
    public String toString() {
        return "DomainObj[" + name() + ", " + state + ", id=" + id + "]";
    }
}
