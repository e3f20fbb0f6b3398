package org.jvirt.core;

import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What libvirt's virDomainObj and virNetworkObj have in common: the lock, the list sequence number, name and
 * UUID (fixed for an object, so kept outside the lock for lock-free listing), the definition in force plus a
 * pending persistent one, and the persistent/autostart/removed flags. Every mutator requires the lock to be
 * held.
 *
 * @param <D> the definition type
 */
public abstract sealed class LiveObj<D> permits DomainObj, NetworkObj {

    private final ReentrantLock lock = new ReentrantLock();
    private final long seq;
    private volatile String name;
    private final UUID uuid;

    volatile D def;
    D newDef;
    volatile boolean persistent;
    private volatile boolean autostart;
    private volatile boolean removed;

    LiveObj(long seq, String name, UUID uuid, D def) {
        this.seq = seq;
        this.name = name;
        this.uuid = uuid;
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

    /** A rename (virDomainObjListRename): only the list changes it, under its monitor and the object lock. */
    void setName(String n) {
        name = n;
    }

    public UUID uuid() {
        return uuid;
    }

    public D def() {
        return def;
    }

    public D newDef() {
        return newDef;
    }

    public void setDef(D d) {
        def = d;
    }

    public abstract boolean isActive();

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

    /** True once the object left its list: holders of a stale reference must treat it as gone. */
    public boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }
}
