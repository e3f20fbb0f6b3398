package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.StorageProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.StoragePool;
import org.jvirt.StorageVol;
import org.jvirt.rpc.remote.ConnectFindStoragePoolSourcesRet;
import org.jvirt.rpc.remote.ConnectListAllStoragePoolsRet;
import org.jvirt.rpc.remote.ConnectListDefinedStoragePoolsRet;
import org.jvirt.rpc.remote.ConnectListStoragePoolsRet;
import org.jvirt.rpc.remote.ConnectNumOfDefinedStoragePoolsRet;
import org.jvirt.rpc.remote.ConnectNumOfStoragePoolsRet;
import org.jvirt.rpc.remote.NonnullStoragePool;
import org.jvirt.rpc.remote.NonnullStorageVol;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteStructs;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.remote.StoragePoolCreateXmlRet;
import org.jvirt.rpc.remote.StoragePoolDefineXmlRet;
import org.jvirt.rpc.remote.StoragePoolGetAutostartRet;
import org.jvirt.rpc.remote.StoragePoolGetXmlDescRet;
import org.jvirt.rpc.remote.StoragePoolIsActiveRet;
import org.jvirt.rpc.remote.StoragePoolIsPersistentRet;
import org.jvirt.rpc.remote.StoragePoolListAllVolumesRet;
import org.jvirt.rpc.remote.StoragePoolListVolumesRet;
import org.jvirt.rpc.remote.StoragePoolLookupByNameRet;
import org.jvirt.rpc.remote.StoragePoolLookupByUuidRet;
import org.jvirt.rpc.remote.StoragePoolLookupByVolumeRet;
import org.jvirt.rpc.remote.StoragePoolNumOfVolumesRet;
import org.jvirt.rpc.remote.StorageVolCreateXmlFromRet;
import org.jvirt.rpc.remote.StorageVolCreateXmlRet;
import org.jvirt.rpc.remote.StorageVolGetPathRet;
import org.jvirt.rpc.remote.StorageVolGetXmlDescRet;
import org.jvirt.rpc.remote.StorageVolLookupByKeyRet;
import org.jvirt.rpc.remote.StorageVolLookupByNameRet;
import org.jvirt.rpc.remote.StorageVolLookupByPathRet;
import org.jvirt.rpc.xdr.XdrVoid;

/** The storage pool and volume procedures, each one call on the client's Connect, StoragePool or StorageVol. */
final class StorageHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;

    private StorageHandlers() {
    }

    static void register(HandlerTable t) {
        connect(t);
        pools(t);
        volumes(t);
    }

    private static void connect(HandlerTable t) {
        t.on(CONNECT_NUM_OF_STORAGE_POOLS, (c, a) -> new ConnectNumOfStoragePoolsRet(c.conn().numOfStoragePools()));
        t.on(CONNECT_LIST_STORAGE_POOLS, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.STORAGE_POOL_LIST_MAX, "maxnames > REMOTE_STORAGE_POOL_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new ConnectListStoragePoolsRet(Wire.first(c.conn().listStoragePools(), a.maxnames()));
        });
        t.on(CONNECT_NUM_OF_DEFINED_STORAGE_POOLS, (c, a) -> new ConnectNumOfDefinedStoragePoolsRet(
                c.conn().numOfDefinedStoragePools()));
        t.on(CONNECT_LIST_DEFINED_STORAGE_POOLS, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.STORAGE_POOL_LIST_MAX, "maxnames > REMOTE_STORAGE_POOL_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new ConnectListDefinedStoragePoolsRet(Wire.first(c.conn().listDefinedStoragePools(), a.maxnames()));
        });
        t.on(CONNECT_LIST_ALL_STORAGE_POOLS, (c, a) -> {
            List<StoragePool> all = c.conn().listAllStoragePools(a.flags());
            tooMany(all.size(), RemoteLimits.STORAGE_POOL_LIST_MAX, "storage pools");
            List<NonnullStoragePool> out = new ArrayList<>();
            if (a.needResults() != 0) {
                for (StoragePool p : all) {
                    out.add(pool(p));
                }
            }
            return new ConnectListAllStoragePoolsRet(out, all.size());
        });
        t.on(CONNECT_FIND_STORAGE_POOL_SOURCES, (c, a) -> new ConnectFindStoragePoolSourcesRet(
                c.conn().findStoragePoolSources(a.type(), a.srcSpec(), a.flags())));
        t.on(CONNECT_GET_STORAGE_POOL_CAPABILITIES, (c, a) -> new org.jvirt.rpc.remote.ConnectGetStoragePoolCapabilitiesRet(
                c.conn().getStoragePoolCapabilities(a.flags())));
    }

    private static void pools(HandlerTable t) {
        t.on(STORAGE_POOL_LOOKUP_BY_NAME, (c, a) -> new StoragePoolLookupByNameRet(pool(c.conn().storagePoolLookupByName(a.name()))));
        t.on(STORAGE_POOL_LOOKUP_BY_UUID, (c, a) -> new StoragePoolLookupByUuidRet(
                pool(c.conn().storagePoolLookupByUUID(RemoteTypes.uuid(a.uuid())))));
        t.on(STORAGE_POOL_LOOKUP_BY_VOLUME, (c, a) -> new StoragePoolLookupByVolumeRet(pool(c.storageVol(a.vol()).getPool())));
        t.on(STORAGE_POOL_CREATE_XML, (c, a) -> new StoragePoolCreateXmlRet(pool(c.conn().storagePoolCreateXML(a.xml(), a.flags()))));
        t.on(STORAGE_POOL_DEFINE_XML, (c, a) -> new StoragePoolDefineXmlRet(pool(c.conn().storagePoolDefineXML(a.xml(), a.flags()))));
        t.on(STORAGE_POOL_CREATE, (c, a) -> {
            c.storagePool(a.pool()).create(a.flags());
            return VOID;
        });
        t.on(STORAGE_POOL_BUILD, (c, a) -> {
            c.storagePool(a.pool()).build(a.flags());
            return VOID;
        });
        t.on(STORAGE_POOL_DESTROY, (c, a) -> {
            c.storagePool(a.pool()).destroy();
            return VOID;
        });
        t.on(STORAGE_POOL_DELETE, (c, a) -> {
            c.storagePool(a.pool()).delete(a.flags());
            return VOID;
        });
        t.on(STORAGE_POOL_UNDEFINE, (c, a) -> {
            c.storagePool(a.pool()).undefine();
            return VOID;
        });
        t.on(STORAGE_POOL_REFRESH, (c, a) -> {
            c.storagePool(a.pool()).refresh(a.flags());
            return VOID;
        });
        t.on(STORAGE_POOL_GET_INFO, (c, a) -> RemoteStructs.toWire(c.storagePool(a.pool()).getInfo()));
        t.on(STORAGE_POOL_GET_XML_DESC, (c, a) -> new StoragePoolGetXmlDescRet(c.storagePool(a.pool()).getXMLDesc(a.flags())));
        t.on(STORAGE_POOL_GET_AUTOSTART, (c, a) -> new StoragePoolGetAutostartRet(Wire.bool(c.storagePool(a.pool()).getAutostart())));
        t.on(STORAGE_POOL_SET_AUTOSTART, (c, a) -> {
            c.storagePool(a.pool()).setAutostart(a.autostart() != 0);
            return VOID;
        });
        t.on(STORAGE_POOL_IS_ACTIVE, (c, a) -> new StoragePoolIsActiveRet(Wire.bool(c.storagePool(a.pool()).isActive())));
        t.on(STORAGE_POOL_IS_PERSISTENT, (c, a) -> new StoragePoolIsPersistentRet(Wire.bool(c.storagePool(a.pool()).isPersistent())));
        t.on(STORAGE_POOL_NUM_OF_VOLUMES, (c, a) -> new StoragePoolNumOfVolumesRet(c.storagePool(a.pool()).numOfVolumes()));
        t.on(STORAGE_POOL_LIST_VOLUMES, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.STORAGE_VOL_LIST_MAX, "maxnames > REMOTE_STORAGE_VOL_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new StoragePoolListVolumesRet(Wire.first(c.storagePool(a.pool()).listVolumes(), a.maxnames()));
        });
        t.on(STORAGE_POOL_LIST_ALL_VOLUMES, (c, a) -> {
            List<StorageVol> all = c.storagePool(a.pool()).listAllVolumes(a.flags());
            tooMany(all.size(), RemoteLimits.STORAGE_VOL_LIST_MAX, "storage volumes");
            List<NonnullStorageVol> out = new ArrayList<>();
            if (a.needResults() != 0) {
                for (StorageVol v : all) {
                    out.add(vol(v));
                }
            }
            return new StoragePoolListAllVolumesRet(out, all.size());
        });
    }

    private static void volumes(HandlerTable t) {
        t.on(STORAGE_VOL_LOOKUP_BY_NAME, (c, a) -> new StorageVolLookupByNameRet(
                vol(c.storagePool(a.pool()).storageVolLookupByName(a.name()))));
        t.on(STORAGE_VOL_LOOKUP_BY_KEY, (c, a) -> new StorageVolLookupByKeyRet(vol(c.conn().storageVolLookupByKey(a.key()))));
        t.on(STORAGE_VOL_LOOKUP_BY_PATH, (c, a) -> new StorageVolLookupByPathRet(vol(c.conn().storageVolLookupByPath(a.path()))));
        t.on(STORAGE_VOL_CREATE_XML, (c, a) -> new StorageVolCreateXmlRet(
                vol(c.storagePool(a.pool()).storageVolCreateXML(a.xml(), a.flags()))));
        t.on(STORAGE_VOL_CREATE_XML_FROM, (c, a) -> new StorageVolCreateXmlFromRet(
                vol(c.storagePool(a.pool()).storageVolCreateXMLFrom(a.xml(), c.storageVol(a.clonevol()), a.flags()))));
        t.on(STORAGE_VOL_DELETE, (c, a) -> {
            c.storageVol(a.vol()).delete(a.flags());
            return VOID;
        });
        t.on(STORAGE_VOL_WIPE, (c, a) -> {
            c.storageVol(a.vol()).wipe(a.flags());
            return VOID;
        });
        t.on(STORAGE_VOL_WIPE_PATTERN, (c, a) -> {
            c.storageVol(a.vol()).wipePattern(a.algorithm(), a.flags());
            return VOID;
        });
        t.on(STORAGE_VOL_RESIZE, (c, a) -> {
            c.storageVol(a.vol()).resize(a.capacity(), a.flags());
            return VOID;
        });
        t.on(STORAGE_VOL_GET_INFO, (c, a) -> RemoteStructs.toWire(c.storageVol(a.vol()).getInfo()));
        t.on(STORAGE_VOL_GET_INFO_FLAGS, (c, a) -> RemoteStructs.toWireFlags(
                c.storageVol(a.vol()).getInfoFlags(a.flags())));
        t.on(STORAGE_VOL_GET_XML_DESC, (c, a) -> new StorageVolGetXmlDescRet(c.storageVol(a.vol()).getXMLDesc(a.flags())));
        t.on(STORAGE_VOL_GET_PATH, (c, a) -> new StorageVolGetPathRet(c.storageVol(a.vol()).getPath()));
    }

    private static NonnullStoragePool pool(StoragePool p) {
        return RemoteTypes.storagePool(p.ref());
    }

    private static NonnullStorageVol vol(StorageVol v) {
        return RemoteTypes.storageVol(v.ref());
    }

    /** libvirtd's bound on what one reply may list. */
    private static void tooMany(int n, int max, String what) {
        if (n > max) {
            throw Wire.internal("Too many " + what + " '" + n + "' for limit '" + max + "'");
        }
    }
}
