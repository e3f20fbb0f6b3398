package org.jvirt.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jvirt.DomainState;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectListAllDomainsFlag;

/**
 * The domains of one driver (libvirt's virDomainObjList): O(1) lookup by UUID, name and id, safe for many threads.
 *
 * <p>Locking: structural changes take the list monitor; an object's lock may be held while taking the monitor
 * (remove), but the monitor is never held while waiting for an object lock, so the two cannot deadlock.
 * Lookups read concurrent maps without the monitor.
 */
public final class DomainObjList {

    /** virDomainObjListAdd flags. */
    public static final int ADD_LIVE = 1;
    public static final int ADD_CHECK_LIVE = 2;

    private final ConcurrentHashMap<UUID, DomainObj> byUuid = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, DomainObj> byName = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, DomainObj> byId = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final Object monitor = new Object();

    /** What {@link #add} did: the object (returned LOCKED), the displaced definition and whether it is new. */
    public record Added(DomainObj obj, DomainDef oldDef, boolean created) {
    }

    public DomainObj findByUUID(UUID uuid) {
        return byUuid.get(uuid);
    }

    public DomainObj findByName(String name) {
        return byName.get(name);
    }

    public DomainObj findByID(int id) {
        return byId.get(id);
    }

    public int size() {
        return byUuid.size();
    }

    /**
     * virDomainObjListAdd with libvirt's conflict rules and messages. The returned object is locked by the caller's
     * thread; on error nothing changed.
     */
    public Added add(DomainDef def, int flags) {
        while (true) {
            DomainObj existing;
            synchronized (monitor) {
                existing = byUuid.get(def.uuid());
                if (existing == null) {
                    DomainObj other = byName.get(def.name());
                    if (other != null) {
                        throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.DOMAIN,
                                "domain '%s' already exists with uuid %s", def.name(), other.uuid());
                    }
                    DomainObj obj = new DomainObj(seq.incrementAndGet(), def);
                    obj.lock();
                    byUuid.put(obj.uuid(), obj);
                    byName.put(obj.name(), obj);
                    return new Added(obj, null, true);
                }
                if (!existing.name().equals(def.name())) {
                    throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.DOMAIN,
                            "domain '%s' is already defined with uuid %s", existing.name(), existing.uuid());
                }
            }
            // Same uuid and name: update in place, under the object's lock only (never the monitor, see above).
            existing.lock();
            if (existing.isRemoved()) {
                existing.unlock();
                continue;
            }
            try {
                if ((flags & ADD_CHECK_LIVE) != 0) {
                    if (existing.isActive()) {
                        throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN,
                                "domain '%s' is already active", existing.name());
                    }
                    if (!existing.isPersistent()) {
                        throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN,
                                "domain '%s' is already being started", existing.name());
                    }
                }
            } catch (VirtException e) {
                existing.unlock();
                throw e;
            }
            DomainDef old = existing.assignDef(def, (flags & ADD_LIVE) != 0);
            return new Added(existing, old, false);
        }
    }

    /** virDomainObjListRemove; the caller holds the object's lock. */
    public void remove(DomainObj obj) {
        synchronized (monitor) {
            obj.markRemoved();
            byUuid.remove(obj.uuid(), obj);
            byName.remove(obj.name(), obj);
            if (obj.id() != -1) {
                byId.remove(obj.id(), obj);
            }
        }
    }

    /**
     * virDomainObjListRename: refuses the same name or a name in use, then lets {@code change} install the
     * renamed definition (it may still refuse) and re-indexes the object. The caller holds the object's lock.
     */
    public void rename(DomainObj obj, String newName, Runnable change) {
        synchronized (monitor) {
            if (obj.name().equals(newName)) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, "Can't rename domain to itself");
            }
            if (byName.containsKey(newName)) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN,
                        "domain with name '%s' already exists", newName);
            }
            String old = obj.name();
            change.run();
            obj.setName(newName);
            byName.remove(old, obj);
            byName.put(obj.name(), obj);
        }
    }

    /** Makes the domain active with this id (the caller holds its lock). */
    public void setActive(DomainObj obj, int id) {
        if (obj.id() != -1) {
            byId.remove(obj.id(), obj);
        }
        obj.setId(id);
        byId.put(id, obj);
    }

    /** Makes the domain inactive (id -1; the caller holds its lock). */
    public void setInactive(DomainObj obj) {
        if (obj.id() != -1) {
            byId.remove(obj.id(), obj);
        }
        obj.setId(-1);
    }

    /** Every object in definition order, optionally filtered. */
    public List<DomainObj> list(Predicate<DomainObj> filter) {
        List<DomainObj> out = new ArrayList<>(byUuid.size());
        for (DomainObj o : byUuid.values()) {
            if (filter == null || filter.test(o)) {
                out.add(o);
            }
        }
        out.sort(BY_SEQ);
        return out;
    }

    /** virConnectListDomains: the ids of at most {@code max} active domains, in definition order. */
    public int[] activeIds(int max) {
        List<DomainObj> active = list(DomainObj::isActive);
        int[] ids = new int[Math.max(0, Math.min(max, active.size()))];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = active.get(i).id();
        }
        return ids;
    }

    /** virConnectListDefinedDomains: the names of at most {@code max} inactive domains, in definition order. */
    public List<String> inactiveNames(int max) {
        List<String> out = new ArrayList<>();
        for (DomainObj o : list(o -> !o.isActive())) {
            if (out.size() >= max) {
                break;
            }
            out.add(o.name());
        }
        return out;
    }

    /** virConnectNumOfDomains / virConnectNumOfDefinedDomains. */
    public int count(boolean active) {
        return list(o -> o.isActive() == active).size();
    }

    /** virConnectListAllDomains after the driver checked its flags: the handles' identities. */
    public List<org.jvirt.spi.DomainRef> refs(int flags) {
        List<DomainObj> objs = listAll(flags);
        List<org.jvirt.spi.DomainRef> out = new ArrayList<>(objs.size());
        for (DomainObj o : objs) {
            out.add(o.ref());
        }
        return out;
    }

    /** Definition order. A class rather than Comparator.comparingLong(DomainObj::seq): no lambda at startup. */
    private static final Comparator<DomainObj> BY_SEQ = new Comparator<>() {
        @Override
        public int compare(DomainObj a, DomainObj b) {
            return Long.compare(a.seq(), b.seq());
        }
    };

    /** virConnectListAllDomains with virDomainObjListFilter's group semantics (flags already checked). */
    public List<DomainObj> listAll(int flags) {
        List<DomainObj> out = new ArrayList<>(byUuid.size());
        for (DomainObj o : byUuid.values()) {
            if (matches(o, flags)) {
                out.add(o);
            }
        }
        out.sort(BY_SEQ);
        return out;
    }

    /** Whether the object passes every flag group that has at least one bit set. */
    public static boolean matches(DomainObj o, int flags) {
        boolean active = o.isActive();
        if (group(flags, ConnectListAllDomainsFlag.ACTIVE, ConnectListAllDomainsFlag.INACTIVE)
                && !(has(flags, ConnectListAllDomainsFlag.ACTIVE) && active
                    || has(flags, ConnectListAllDomainsFlag.INACTIVE) && !active)) {
            return false;
        }
        boolean persistent = o.isPersistent();
        if (group(flags, ConnectListAllDomainsFlag.PERSISTENT, ConnectListAllDomainsFlag.TRANSIENT)
                && !(has(flags, ConnectListAllDomainsFlag.PERSISTENT) && persistent
                    || has(flags, ConnectListAllDomainsFlag.TRANSIENT) && !persistent)) {
            return false;
        }
        DomainState st = o.state();
        int stateBits = ConnectListAllDomainsFlag.RUNNING.value() | ConnectListAllDomainsFlag.PAUSED.value()
                | ConnectListAllDomainsFlag.SHUTOFF.value() | ConnectListAllDomainsFlag.OTHER.value();
        if ((flags & stateBits) != 0) {
            boolean ok = has(flags, ConnectListAllDomainsFlag.RUNNING) && st == DomainState.RUNNING
                    || has(flags, ConnectListAllDomainsFlag.PAUSED) && st == DomainState.PAUSED
                    || has(flags, ConnectListAllDomainsFlag.SHUTOFF) && st == DomainState.SHUTOFF
                    || has(flags, ConnectListAllDomainsFlag.OTHER) && st != DomainState.RUNNING
                        && st != DomainState.PAUSED && st != DomainState.SHUTOFF;
            if (!ok) {
                return false;
            }
        }
        boolean ms = o.hasManagedSave();
        if (group(flags, ConnectListAllDomainsFlag.MANAGEDSAVE, ConnectListAllDomainsFlag.NO_MANAGEDSAVE)
                && !(has(flags, ConnectListAllDomainsFlag.MANAGEDSAVE) && ms
                    || has(flags, ConnectListAllDomainsFlag.NO_MANAGEDSAVE) && !ms)) {
            return false;
        }
        boolean auto = o.isAutostart();
        if (group(flags, ConnectListAllDomainsFlag.AUTOSTART, ConnectListAllDomainsFlag.NO_AUTOSTART)
                && !(has(flags, ConnectListAllDomainsFlag.AUTOSTART) && auto
                    || has(flags, ConnectListAllDomainsFlag.NO_AUTOSTART) && !auto)) {
            return false;
        }
        boolean snaps = o.snapshots().size() > 0;
        if (group(flags, ConnectListAllDomainsFlag.HAS_SNAPSHOT, ConnectListAllDomainsFlag.NO_SNAPSHOT)
                && !(has(flags, ConnectListAllDomainsFlag.HAS_SNAPSHOT) && snaps
                    || has(flags, ConnectListAllDomainsFlag.NO_SNAPSHOT) && !snaps)) {
            return false;
        }
        boolean checkpoints = o.checkpoints().size() > 0;
        return !(group(flags, ConnectListAllDomainsFlag.HAS_CHECKPOINT, ConnectListAllDomainsFlag.NO_CHECKPOINT)
                && !(has(flags, ConnectListAllDomainsFlag.HAS_CHECKPOINT) && checkpoints
                    || has(flags, ConnectListAllDomainsFlag.NO_CHECKPOINT) && !checkpoints));
    }

    private static boolean group(int flags, ConnectListAllDomainsFlag a, ConnectListAllDomainsFlag b) {
        return (flags & (a.value() | b.value())) != 0;
    }

    private static boolean has(int flags, ConnectListAllDomainsFlag f) {
        return (flags & f.value()) != 0;
    }
}
