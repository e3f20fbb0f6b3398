package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jvirt.StoragePoolInfo;
import org.jvirt.StorageVolInfo;
import org.jvirt.conf.storage.StoragePoolDef;
import org.jvirt.conf.storage.StorageVolDef;
import org.jvirt.conf.storage.StorageXml;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectListAllStoragePoolsFlag;
import org.jvirt.spi.StorageDriver;
import org.jvirt.spi.StoragePoolRef;
import org.jvirt.spi.StorageVolRef;

/**
 * The test driver's storage table (testStoragePool*, testStorageVol*), quirks included: build and delete only
 * check that the pool is inactive, refresh does nothing, a created volume always gets POOLPATH/NAME as its path
 * and key, cloning copies nothing but checks the source exists, and wipe/resize are not in the table.
 */
final class TestStorageDriver implements StorageDriver {

    private static final ErrorDomain D = ErrorDomain.TEST;

    private final TestStoragePools pools;
    private final TestObjectEvents<StoragePoolRef> events;

    TestStorageDriver(TestDriver driver) {
        this.pools = driver.storage;
        this.events = driver.poolEvents;
    }

    /** The pool's lifecycle event (raised under the pools' lock: callbacks only queue). */
    private StoragePoolRef raise(TestStoragePools.Pool p, int event) {
        StoragePoolRef r = ref(p);
        events.lifecycle(r, event);
        return r;
    }

    private <T> T locked(java.util.function.Supplier<T> body) {
        pools.lock.lock();
        try {
            return body.get();
        } finally {
            pools.lock.unlock();
        }
    }

    /** testStoragePoolObjFindByName. */
    private TestStoragePools.Pool byName(String name) {
        TestStoragePools.Pool p = pools.byName(name);
        if (p == null) {
            throw VirtException.of(ErrorCode.NO_STORAGE_POOL, D, "no storage pool with matching name '%s'", name);
        }
        return p;
    }

    private TestStoragePools.Pool activeByName(String name) {
        TestStoragePools.Pool p = byName(name);
        if (!p.active) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, D, "storage pool '%s' is not active", name);
        }
        return p;
    }

    private TestStoragePools.Pool inactiveByName(String name) {
        TestStoragePools.Pool p = byName(name);
        if (p.active) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, D, "storage pool '%s' is active", name);
        }
        return p;
    }

    private TestStoragePools.Pool byUuid(UUID uuid) {
        TestStoragePools.Pool p = pools.byUuid(uuid);
        if (p == null) {
            throw VirtException.of(ErrorCode.NO_STORAGE_POOL, D, "no storage pool with matching uuid '%s'", uuid);
        }
        return p;
    }

    private static StoragePoolRef ref(TestStoragePools.Pool p) {
        return new StoragePoolRef(p.name(), p.uuid());
    }

    private static StorageVolRef volRef(TestStoragePools.Pool p, StorageVolDef v) {
        return new StorageVolRef(p.name(), v.name(), v.key());
    }

    private static StorageVolDef vol(TestStoragePools.Pool p, String name) {
        StorageVolDef v = p.vols.get(name);
        if (v == null) {
            throw VirtException.of(ErrorCode.NO_STORAGE_VOL, D, "no storage vol with matching name '%s'", name);
        }
        return v;
    }

    private List<String> names(boolean active, int max) {
        return locked(() -> {
            List<String> out = new ArrayList<>();
            for (TestStoragePools.Pool p : pools.all()) {
                if (p.active == active && out.size() < max) {
                    out.add(p.name());
                }
            }
            return out;
        });
    }

    @Override
    public int connectNumOfStoragePools() {
        return names(true, Integer.MAX_VALUE).size();
    }

    @Override
    public List<String> connectListStoragePools(int maxnames) {
        return names(true, maxnames);
    }

    @Override
    public int connectNumOfDefinedStoragePools() {
        return names(false, Integer.MAX_VALUE).size();
    }

    @Override
    public List<String> connectListDefinedStoragePools(int maxnames) {
        return names(false, maxnames);
    }

    @Override
    public List<StoragePoolRef> connectListAllStoragePools(int flags) {
        VirErrors.checkFlags(flags, ConnectListAllStoragePoolsFlag.FILTERS_ALL, D, "testConnectListAllStoragePools");
        return locked(() -> {
            List<StoragePoolRef> out = new ArrayList<>();
            for (TestStoragePools.Pool p : pools.all()) {
                if (matches(p, flags)) {
                    out.add(ref(p));
                }
            }
            return out;
        });
    }

    /** virStoragePoolObjListExport's filter groups: state, persistence, autostart, pool type. */
    private static boolean matches(TestStoragePools.Pool p, int flags) {
        if (!group(flags, 2, 1, p.active) || !group(flags, 4, 8, p.persistent)) {
            return false;
        }
        boolean autostart = p.persistent && p.autostart;
        if (!group(flags, 16, 32, autostart)) {
            return false;
        }
        int typeBits = flags & ~0x3f;
        if (typeBits == 0) {
            return true;
        }
        int bit = switch (p.def.type()) {
            case DIR -> 64;
            case FS -> 128;
            case NETFS -> 256;
            case LOGICAL -> 512;
            case DISK -> 1024;
            case ISCSI -> 2048;
            case SCSI -> 4096;
            case MPATH -> 8192;
            case RBD -> 16384;
            case SHEEPDOG -> 32768;
            case GLUSTER -> 65536;
            case ZFS -> 131072;
            case VSTORAGE -> 262144;
            case ISCSI_DIRECT -> 524288;
        };
        return (typeBits & bit) != 0;
    }

    private static boolean group(int flags, int yes, int no, boolean value) {
        if ((flags & (yes | no)) == 0) {
            return true;
        }
        return (flags & yes) != 0 && value || (flags & no) != 0 && !value;
    }

    @Override
    public String connectFindStoragePoolSources(String type, String srcSpec, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testConnectFindStoragePoolSources");
        org.jvirt.conf.storage.StoragePoolType t = org.jvirt.conf.storage.StoragePoolType.fromXml(type);
        // libvirt tests the enum value for zero, so 'dir' (value 0) is the "unknown" type, and an unknown name
        // (-1) goes on to fail later
        if (t == org.jvirt.conf.storage.StoragePoolType.DIR) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, D, "unknown storage pool type %s", type);
        }
        if (t == null) {
            if (srcSpec != null) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.STORAGE, "missing backend for pool type -1");
            }
            throw VirtException.of(ErrorCode.NO_SUPPORT, D, "pool type '%s' does not support source discovery", type);
        }
        String host = null;
        if (srcSpec != null) {
            host = TestStorageSources.host(srcSpec, t);
        }
        return switch (t) {
            case LOGICAL -> TestStorageSources.LOGICAL;
            case NETFS -> {
                if (host == null) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, D, "hostname must be specified for netfs sources");
                }
                yield TestStorageSources.netfs(host);
            }
            default -> throw VirtException.of(ErrorCode.NO_SUPPORT, D,
                    "pool type '%s' does not support source discovery", type);
        };
    }

    @Override
    public StoragePoolRef storagePoolLookupByName(String name) {
        return locked(() -> ref(byName(name)));
    }

    @Override
    public StoragePoolRef storagePoolLookupByUUID(UUID uuid) {
        return locked(() -> ref(byUuid(uuid)));
    }

    @Override
    public StoragePoolRef storagePoolLookupByVolume(StorageVolRef vol) {
        return storagePoolLookupByName(vol.pool());
    }

    @Override
    public StoragePoolRef storagePoolCreateXML(String xml, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStoragePoolCreateXML");
        StoragePoolDef def = TestStorage.parsePool(xml);
        return locked(() -> {
            TestStoragePools.Pool p = pools.add(TestStorage.withDefaults(def), true);
            if (def.source().adapter() != null && "fc_host".equals(def.source().adapter().type())) {
                // libvirt mocks a vHBA through its node devices, which this driver does not have
                pools.remove(p);
                throw VirtException.of(ErrorCode.NO_SUPPORT, D, "fc_host adapters are not supported by jvirt's test driver");
            }
            p.persistent = false;
            p.active = true;
            return raise(p, TestObjectEvents.STARTED);
        });
    }

    @Override
    public StoragePoolRef storagePoolDefineXML(String xml, int flags) {
        VirErrors.checkFlags(flags, 1, D, "testStoragePoolDefineXML");
        StoragePoolDef def = TestStorage.withDefaults(TestStorage.parsePool(xml, (flags & 1) != 0));
        return locked(() -> {
            TestStoragePools.Pool p = pools.add(def, false);
            p.persistent = true;
            return raise(p, TestObjectEvents.DEFINED);
        });
    }

    @Override
    public void storagePoolUndefine(StoragePoolRef pool) {
        locked(() -> {
            TestStoragePools.Pool p = inactiveByName(pool.name());
            pools.remove(p);
            raise(p, TestObjectEvents.UNDEFINED);
            return null;
        });
    }

    @Override
    public void storagePoolBuild(StoragePoolRef pool, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStoragePoolBuild");
        locked(() -> raise(inactiveByName(pool.name()), TestObjectEvents.CREATED));
    }

    @Override
    public void storagePoolCreate(StoragePoolRef pool, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStoragePoolCreate");
        locked(() -> {
            TestStoragePools.Pool p = inactiveByName(pool.name());
            p.active = true;
            return raise(p, TestObjectEvents.STARTED);
        });
    }

    @Override
    public void storagePoolDestroy(StoragePoolRef pool) {
        locked(() -> {
            TestStoragePools.Pool p = activeByName(pool.name());
            p.active = false;
            raise(p, TestObjectEvents.STOPPED);
            if (!p.persistent) {
                pools.remove(p);
            }
            return null;
        });
    }

    @Override
    public void storagePoolDelete(StoragePoolRef pool, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStoragePoolDelete");
        locked(() -> raise(inactiveByName(pool.name()), TestObjectEvents.DELETED));
    }

    @Override
    public void storagePoolRefresh(StoragePoolRef pool, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStoragePoolRefresh");
        locked(() -> {
            StoragePoolRef r = ref(activeByName(pool.name()));
            events.refresh(r);
            return r;
        });
    }

    @Override
    public StoragePoolInfo storagePoolGetInfo(StoragePoolRef pool) {
        return locked(() -> {
            TestStoragePools.Pool p = byName(pool.name());
            return new StoragePoolInfo(p.active ? 2 : 0, p.def.capacity(), p.def.allocation(), p.def.available());
        });
    }

    @Override
    public String storagePoolGetXMLDesc(StoragePoolRef pool, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStoragePoolGetXMLDesc");
        return locked(() -> StorageXml.formatPool(byName(pool.name()).def));
    }

    @Override
    public boolean storagePoolGetAutostart(StoragePoolRef pool) {
        return locked(() -> {
            TestStoragePools.Pool p = byName(pool.name());
            return p.persistent && p.autostart;
        });
    }

    @Override
    public void storagePoolSetAutostart(StoragePoolRef pool, boolean autostart) {
        locked(() -> {
            TestStoragePools.Pool p = byName(pool.name());
            if (!p.persistent) {
                throw VirtException.of(ErrorCode.INVALID_ARG, D, "pool has no config file");
            }
            p.autostart = autostart;
            return null;
        });
    }

    @Override
    public int storagePoolNumOfVolumes(StoragePoolRef pool) {
        return locked(() -> activeByName(pool.name()).vols.size());
    }

    @Override
    public List<String> storagePoolListVolumes(StoragePoolRef pool, int maxnames) {
        return locked(() -> {
            List<String> out = new ArrayList<>(activeByName(pool.name()).vols.keySet());
            return out.size() > maxnames ? out.subList(0, maxnames) : out;
        });
    }

    @Override
    public List<StorageVolRef> storagePoolListAllVolumes(StoragePoolRef pool, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStoragePoolListAllVolumes");
        return locked(() -> {
            TestStoragePools.Pool p = byUuid(pool.uuid());
            if (!p.active) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, D, "storage pool is not active");
            }
            List<StorageVolRef> out = new ArrayList<>();
            for (StorageVolDef v : p.vols.values()) {
                out.add(volRef(p, v));
            }
            return out;
        });
    }

    @Override
    public boolean storagePoolIsActive(StoragePoolRef pool) {
        return locked(() -> byUuid(pool.uuid()).active);
    }

    @Override
    public boolean storagePoolIsPersistent(StoragePoolRef pool) {
        return locked(() -> byUuid(pool.uuid()).persistent);
    }

    @Override
    public StorageVolRef storageVolLookupByName(StoragePoolRef pool, String name) {
        return locked(() -> {
            TestStoragePools.Pool p = activeByName(pool.name());
            return volRef(p, vol(p, name));
        });
    }

    private StorageVolRef search(Function<StorageVolDef, String> field, String value, String what) {
        return locked(() -> {
            for (TestStoragePools.Pool p : pools.all()) {
                if (!p.active) {
                    continue;
                }
                for (StorageVolDef v : p.vols.values()) {
                    if (value.equals(field.apply(v))) {
                        return volRef(p, v);
                    }
                }
            }
            throw VirtException.of(ErrorCode.NO_STORAGE_VOL, D, "no storage vol with matching %s '%s'", what, value);
        });
    }

    @Override
    public StorageVolRef storageVolLookupByKey(String key) {
        return search(StorageVolDef::key, key, "key");
    }

    @Override
    public StorageVolRef storageVolLookupByPath(String path) {
        return search(StorageVolDef::path, path, "path");
    }

    @Override
    public StorageVolRef storageVolCreateXML(StoragePoolRef pool, String xml, int flags) {
        VirErrors.checkFlags(flags, VOL_CREATE_VALIDATE, D, "testStorageVolCreateXML");
        return locked(() -> {
            TestStoragePools.Pool p = activeByName(pool.name());
            StorageVolDef v = parseVolume(p, xml, flags);
            return addVolume(p, v);
        });
    }

    @Override
    public StorageVolRef storageVolCreateXMLFrom(StoragePoolRef pool, String xml, StorageVolRef clone, int flags) {
        VirErrors.checkFlags(flags, VOL_CREATE_VALIDATE, D, "testStorageVolCreateXMLFrom");
        return locked(() -> {
            TestStoragePools.Pool p = activeByName(pool.name());
            StorageVolDef v = parseVolume(p, xml, flags);
            if (p.vols.containsKey(v.name())) {
                throw VirtException.of(ErrorCode.OPERATION_FAILED, D, "storage vol already exists");
            }
            // the source volume is looked up in the target pool, by name (libvirt's test driver does so)
            vol(p, clone.name());
            return addVolume(p, v);
        });
    }

    /** VIR_STORAGE_VOL_CREATE_VALIDATE. */
    private static final int VOL_CREATE_VALIDATE = 4;

    /**
     * libvirt's test driver lets VIR_STORAGE_VOL_CREATE_VALIDATE through to the volume parser, which validates
     * the document against storagevol.rng and then refuses the flag itself (virStorageVolDefParseXML takes only
     * its own parse flags): with it, no volume ever gets created, a document the schema rejects gets the
     * schema's messages, any other the flag error.
     */
    private static StorageVolDef parseVolume(TestStoragePools.Pool p, String xml, int flags) {
        if ((flags & VOL_CREATE_VALIDATE) != 0) {
            StorageXml.validVolumeRoot(xml);
            VirErrors.checkFlags(VOL_CREATE_VALIDATE, 0, ErrorDomain.STORAGE, "virStorageVolDefParseXML");
        }
        return StorageXml.parseVolume(p.def.type(), xml);
    }

    private static StorageVolRef addVolume(TestStoragePools.Pool p, StorageVolDef v) {
        if (p.vols.containsKey(v.name())) {
            throw VirtException.of(ErrorCode.OPERATION_FAILED, D, "storage vol already exists");
        }
        if (p.def.allocation() + v.allocation() > p.def.capacity()) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, D, "Not enough free space in pool for volume '%s'",
                    v.name());
        }
        String path = p.def.targetPath() + "/" + v.name();
        StorageVolDef stored = v.withPathAndKey(path, path);
        p.vols.put(stored.name(), stored);
        p.allocate(stored.allocation());
        return volRef(p, stored);
    }

    @Override
    public void storageVolDelete(StorageVolRef ref, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStorageVolDelete");
        locked(() -> {
            TestStoragePools.Pool p = activeByName(ref.pool());
            StorageVolDef v = vol(p, ref.name());
            p.allocate(-v.allocation());
            p.vols.remove(v.name());
            return null;
        });
    }

    @Override
    public StorageVolInfo storageVolGetInfo(StorageVolRef ref) {
        return locked(() -> {
            TestStoragePools.Pool p = activeByName(ref.pool());
            StorageVolDef v = vol(p, ref.name());
            return new StorageVolInfo(p.def.type().testVolumeType(), v.capacity(), v.allocation());
        });
    }

    @Override
    public String storageVolGetXMLDesc(StorageVolRef ref, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testStorageVolGetXMLDesc");
        return locked(() -> {
            TestStoragePools.Pool p = activeByName(ref.pool());
            return StorageXml.formatVolume(p.def.type(), vol(p, ref.name()));
        });
    }

    @Override
    public String storageVolGetPath(StorageVolRef ref) {
        return locked(() -> vol(activeByName(ref.pool()), ref.name()).path());
    }

    @Override
    public int connectStoragePoolEventRegisterAny(StoragePoolRef pool, int eventID,
                                                  org.jvirt.spi.ObjectEventCallback<StoragePoolRef> cb) {
        return events.register(this, pool, eventID, cb);
    }

    @Override
    public void connectStoragePoolEventDeregisterAny(int callbackID) {
        events.deregister(this, callbackID);
    }
}
