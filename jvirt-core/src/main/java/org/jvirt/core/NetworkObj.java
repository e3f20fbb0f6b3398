package org.jvirt.core;

import java.util.UUID;
import org.jvirt.spi.NetworkRef;

/**
 * A live virtual network (libvirt's virNetworkObj): lock, active/persistent/autostart and the definition in
 * force plus a pending one. Generic in the definition type so the object list needs nothing from the XML model.
 */
public final class NetworkObj<D> extends LiveObj<D> {

    private volatile boolean active;

    NetworkObj(long seq, String name, UUID uuid, D def) {
        super(seq, name, uuid, def);
    }

    public NetworkRef ref() {
        return new NetworkRef(name(), uuid());
    }

    @Override
    public boolean isActive() {
        return active;
    }

    public void setActive(boolean a) {
        active = a;
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

    /** virNetworkObjGetPersistentDef: the pending config of a running network, else the one in force. */
    public D persistentDef() {
        return newDef != null ? newDef : def;
    }

    /**
     * The end of virNetworkObjUpdate: an updated live definition replaces the one in force; an updated
     * persistent one becomes the pending config of a running network, else the one in force. Null keeps either.
     */
    public void replaceDefs(D live, D config) {
        if (config != null) {
            if (active) {
                newDef = config;
            } else {
                def = config;
            }
        }
        if (live != null) {
            def = live;
        }
    }
}
