package org.jvirt.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectListAllNetworksFlag;

/** The networks of one driver (libvirt's virNetworkObjList); same locking discipline as {@link DomainObjList}. */
public final class NetworkObjList<D> {

    public static final int ADD_LIVE = 1;
    public static final int ADD_CHECK_LIVE = 2;

    private final ConcurrentHashMap<UUID, NetworkObj<D>> byUuid = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, NetworkObj<D>> byName = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final Object monitor = new Object();

    public NetworkObj<D> findByUUID(UUID uuid) {
        return byUuid.get(uuid);
    }

    public NetworkObj<D> findByName(String name) {
        return byName.get(name);
    }

    /** virNetworkObjAssignDef with libvirt's rules; returns the object LOCKED. */
    public NetworkObj<D> assignDef(String name, UUID uuid, D def, int flags) {
        while (true) {
            NetworkObj<D> existing;
            synchronized (monitor) {
                existing = byUuid.get(uuid);
                if (existing == null) {
                    NetworkObj<D> other = byName.get(name);
                    if (other != null) {
                        throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.NETWORK,
                                "network '%s' already exists with uuid %s", other.name(), other.uuid());
                    }
                    NetworkObj<D> obj = new NetworkObj<>(seq.incrementAndGet(), name, uuid, def);
                    obj.setPersistent((flags & ADD_LIVE) == 0);
                    obj.lock();
                    byUuid.put(uuid, obj);
                    byName.put(name, obj);
                    return obj;
                }
                if (!existing.name().equals(name)) {
                    throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.NETWORK,
                            "network '%s' is already defined with uuid %s", existing.name(), existing.uuid());
                }
            }
            existing.lock();
            if (existing.isRemoved()) {
                existing.unlock();
                continue;
            }
            if ((flags & ADD_CHECK_LIVE) != 0 && existing.isActive()) {
                existing.unlock();
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.NETWORK,
                        "network is already active as '%s'", existing.name());
            }
            existing.assign(def, (flags & ADD_LIVE) != 0);
            return existing;
        }
    }

    /** The caller holds the object's lock. */
    public void remove(NetworkObj<D> obj) {
        synchronized (monitor) {
            obj.markRemoved();
            byUuid.remove(obj.uuid(), obj);
            byName.remove(obj.name(), obj);
        }
    }

    public List<NetworkObj<D>> list() {
        List<NetworkObj<D>> out = new ArrayList<>(byUuid.values());
        out.sort(Comparator.comparingLong(NetworkObj::seq));
        return out;
    }

    /** virNetworkObjListExport's filter groups (flags already checked by the driver). */
    public List<NetworkObj<D>> listAll(int flags) {
        List<NetworkObj<D>> out = new ArrayList<>();
        for (NetworkObj<D> n : list()) {
            if (matches(n, flags)) {
                out.add(n);
            }
        }
        return out;
    }

    static boolean matches(NetworkObj<?> n, int flags) {
        int act = ConnectListAllNetworksFlag.ACTIVE.value();
        int inact = ConnectListAllNetworksFlag.INACTIVE.value();
        if ((flags & (act | inact)) != 0
                && !((flags & act) != 0 && n.isActive() || (flags & inact) != 0 && !n.isActive())) {
            return false;
        }
        int pers = ConnectListAllNetworksFlag.PERSISTENT.value();
        int trans = ConnectListAllNetworksFlag.TRANSIENT.value();
        if ((flags & (pers | trans)) != 0
                && !((flags & pers) != 0 && n.isPersistent() || (flags & trans) != 0 && !n.isPersistent())) {
            return false;
        }
        int auto = ConnectListAllNetworksFlag.AUTOSTART.value();
        int noauto = ConnectListAllNetworksFlag.NO_AUTOSTART.value();
        return (flags & (auto | noauto)) == 0
                || (flags & auto) != 0 && n.isAutostart() || (flags & noauto) != 0 && !n.isAutostart();
    }
}
