package org.jvirt.core;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jvirt.DomainState;
import org.jvirt.DomainStateReason;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.spi.DomainRef;

/**
 * A live domain (libvirt's virDomainObj): lock, state + reason, the definition in force ({@link #def()}) and,
 * while running, the pending persistent configuration ({@link #newDef()}). Name and UUID never change for an
 * object, so they are kept outside the lock for lock-free listing. Every mutator requires the lock to be held.
 */
public final class DomainObj {

    private final ReentrantLock lock = new ReentrantLock();
    private final long seq;
    private final String name;
    private final UUID uuid;

    private volatile DomainDef def;
    private DomainDef newDef;
    private volatile DomainState state = DomainState.SHUTOFF;
    private volatile int reason;
    private volatile int id = -1;
    private volatile boolean persistent;
    private volatile boolean autostart;
    private volatile boolean hasManagedSave;
    private volatile boolean removed;
    /** Live per-vCPU pinning; libvirt keeps it in the live def, which is thrown away at shutdown, as here. */
    private final Map<Integer, BitSet> vcpuPins = new HashMap<>();

    DomainObj(long seq, DomainDef def) {
        this.seq = seq;
        this.name = def.name();
        this.uuid = def.uuid();
        this.def = def;
    }

    public void lock() {
        lock.lock();
    }

    public void unlock() {
        lock.unlock();
    }

    public boolean isLockedByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    long seq() {
        return seq;
    }

    public String name() {
        return name;
    }

    public UUID uuid() {
        return uuid;
    }

    public DomainRef ref() {
        return new DomainRef(name, uuid, id);
    }

    public DomainDef def() {
        return def;
    }

    public DomainDef newDef() {
        return newDef;
    }

    public void setDef(DomainDef d) {
        def = d;
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
    public boolean isActive() {
        return id != -1;
    }

    public int id() {
        return id;
    }

    void setId(int newId) {
        id = newId;
    }

    public boolean isPersistent() {
        return persistent;
    }

    public void setPersistent(boolean p) {
        persistent = p;
    }

    public boolean isAutostart() {
        return autostart;
    }

    public void setAutostart(boolean a) {
        autostart = a;
    }

    public boolean hasManagedSave() {
        return hasManagedSave;
    }

    public void setHasManagedSave(boolean m) {
        hasManagedSave = m;
    }

    /** True once the object left its list: holders of a stale reference must treat it as gone. */
    public boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
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
        return "DomainObj[" + name + ", " + state + ", id=" + id + "]";
    }
}
