package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jvirt.conf.storage.StoragePoolDef;
import org.jvirt.conf.storage.StorageVolDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The storage pools of one test driver instance (libvirt's virStoragePoolObjList with the test driver's rules):
 * one lock for the whole list keeps every operation atomic; pools are few and calls are short.
 */
final class TestStoragePools {

    /** libvirt's defaultPoolCap: 100 GiB, of which nothing is allocated. */
    static final long DEFAULT_CAP = 100L * 1024 * 1024 * 1024;

    /** A pool: the definition in force (with its live sizes), a pending one, flags and volumes by name. */
    static final class Pool {
        StoragePoolDef def;
        StoragePoolDef newDef;
        boolean active;
        /** libvirt's configFile != NULL: defined pools (and node pools) are persistent, created ones are not. */
        boolean persistent;
        boolean autostart;
        final Map<String, StorageVolDef> vols = new LinkedHashMap<>();

        Pool(StoragePoolDef def) {
            this.def = def;
        }

        String name() {
            return def.name();
        }

        UUID uuid() {
            return def.uuid();
        }

        /** Volume sizes move the pool's allocation; available follows (testStorageVol*). */
        void allocate(long delta) {
            long alloc = def.allocation() + delta;
            def = def.withSizes(def.capacity(), alloc, def.capacity() - alloc);
        }
    }

    final ReentrantLock lock = new ReentrantLock();
    private final List<Pool> pools = new ArrayList<>();

    List<Pool> all() {
        return pools;
    }

    Pool byName(String name) {
        for (Pool p : pools) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    Pool byUuid(UUID uuid) {
        for (Pool p : pools) {
            if (p.uuid().equals(uuid)) {
                return p;
            }
        }
        return null;
    }

    /**
     * virStoragePoolObjListAdd: a new pool, or the same name and UUID redefined (pending while it runs); a name
     * or UUID taken by another pool, or (checkLive) a running pool, is refused.
     */
    Pool add(StoragePoolDef def, boolean checkLive) {
        Pool same = byUuid(def.uuid());
        if (same != null) {
            if (!same.name().equals(def.name())) {
                throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.STORAGE,
                        "pool '%s' is already defined with uuid %s", same.name(), same.uuid());
            }
            if (checkLive && same.active) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.STORAGE,
                        "pool is already active as '%s'", same.name());
            }
        } else {
            Pool other = byName(def.name());
            if (other != null) {
                throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.STORAGE,
                        "pool '%s' already exists with uuid %s", other.name(), other.uuid());
            }
        }
        checkSourceDuplicate(def, same);
        if (same != null) {
            if (same.active) {
                same.newDef = def;
            } else {
                same.def = def;
            }
            return same;
        }
        Pool p = new Pool(def);
        pools.add(p);
        return p;
    }

    /** virStoragePoolObjSourceFindDuplicate for the local pool types: the same target directory. */
    private void checkSourceDuplicate(StoragePoolDef def, Pool self) {
        for (Pool p : pools) {
            if (p == self || p.def.type() != def.type() || def.targetPath() == null) {
                continue;
            }
            if (switch (def.type()) {
                case DIR -> def.targetPath().equals(p.def.targetPath());
                default -> false;
            }) {
                throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.STORAGE,
                        "Storage source conflict with pool: '%s'", p.name());
            }
        }
    }

    void remove(Pool p) {
        pools.remove(p);
    }
}
