package org.jvirt.core;

import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jvirt.spi.NetworkRef;

/**
 * A live virtual network (libvirt's virNetworkObj): lock, active/persistent/autostart and the definition in
 * force plus a pending one. Generic in the definition type so the object list needs nothing from the XML model.
 */
public final class NetworkObj<D> {

    private final ReentrantLock lock = new ReentrantLock();
    private final long seq;
    private final String name;
    private final UUID uuid;
    private volatile D def;
    private D newDef;
    private volatile boolean active;
    private volatile boolean persistent;
    private volatile boolean autostart;
    private volatile boolean removed;

    NetworkObj(long seq, String name, UUID uuid, D def) {
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

    long seq() {
        return seq;
    }

    public String name() {
        return name;
    }

    public UUID uuid() {
        return uuid;
    }

    public NetworkRef ref() {
        return new NetworkRef(name, uuid);
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean a) {
        active = a;
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

    public boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }

    /** virNetworkObjUpdateAssignDef. */
    void assign(D d, boolean live) {
        if (live) {
            // keep the persistent config to restore when the network stops, unless one is saved already
            if (persistent && newDef == null) {
                newDef = def;
            }
            def = d;
        } else {
            if (active) {
                newDef = d;
            } else {
                newDef = null;
                def = d;
            }
            persistent = true;
        }
    }
}
