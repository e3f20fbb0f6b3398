package org.jvirt.driver.remote;

import static org.jvirt.rpc.remote.StorageProcedures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.StoragePoolInfo;
import org.jvirt.StorageVolInfo;
import org.jvirt.rpc.remote.ConnectFindStoragePoolSourcesArgs;
import org.jvirt.rpc.remote.ConnectListAllStoragePoolsArgs;
import org.jvirt.rpc.remote.ConnectListDefinedStoragePoolsArgs;
import org.jvirt.rpc.remote.ConnectListStoragePoolsArgs;
import org.jvirt.rpc.remote.NonnullStoragePool;
import org.jvirt.rpc.remote.NonnullStorageVol;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteStructs;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.remote.StoragePoolBuildArgs;
import org.jvirt.rpc.remote.StoragePoolCreateArgs;
import org.jvirt.rpc.remote.StoragePoolCreateXmlArgs;
import org.jvirt.rpc.remote.StoragePoolDefineXmlArgs;
import org.jvirt.rpc.remote.StoragePoolDeleteArgs;
import org.jvirt.rpc.remote.StoragePoolDestroyArgs;
import org.jvirt.rpc.remote.StoragePoolGetAutostartArgs;
import org.jvirt.rpc.remote.StoragePoolGetInfoArgs;
import org.jvirt.rpc.remote.StoragePoolGetXmlDescArgs;
import org.jvirt.rpc.remote.StoragePoolIsActiveArgs;
import org.jvirt.rpc.remote.StoragePoolIsPersistentArgs;
import org.jvirt.rpc.remote.StoragePoolListAllVolumesArgs;
import org.jvirt.rpc.remote.StoragePoolListVolumesArgs;
import org.jvirt.rpc.remote.StoragePoolLookupByNameArgs;
import org.jvirt.rpc.remote.StoragePoolLookupByUuidArgs;
import org.jvirt.rpc.remote.StoragePoolLookupByVolumeArgs;
import org.jvirt.rpc.remote.StoragePoolNumOfVolumesArgs;
import org.jvirt.rpc.remote.StoragePoolRefreshArgs;
import org.jvirt.rpc.remote.StoragePoolSetAutostartArgs;
import org.jvirt.rpc.remote.StoragePoolUndefineArgs;
import org.jvirt.rpc.remote.StorageVolCreateXmlArgs;
import org.jvirt.rpc.remote.StorageVolCreateXmlFromArgs;
import org.jvirt.rpc.remote.StorageVolDeleteArgs;
import org.jvirt.rpc.remote.StorageVolGetInfoArgs;
import org.jvirt.rpc.remote.StorageVolGetInfoFlagsArgs;
import org.jvirt.rpc.remote.StorageVolGetPathArgs;
import org.jvirt.rpc.remote.StorageVolGetXmlDescArgs;
import org.jvirt.rpc.remote.StorageVolLookupByKeyArgs;
import org.jvirt.rpc.remote.StorageVolLookupByNameArgs;
import org.jvirt.rpc.remote.StorageVolLookupByPathArgs;
import org.jvirt.rpc.remote.StorageVolResizeArgs;
import org.jvirt.rpc.remote.StorageVolWipeArgs;
import org.jvirt.rpc.remote.StorageVolWipePatternArgs;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.StorageDriver;
import org.jvirt.spi.StoragePoolRef;
import org.jvirt.spi.StorageVolRef;

/** The storage table of a remote connection: every entry is one procedure on the daemon. */
final class RemoteStorageDriver implements StorageDriver {

    private final RemoteConnection connection;

    RemoteStorageDriver(RemoteConnection connection) {
        this.connection = connection;
    }

    private RemoteClient rpc() {
        return connection.client();
    }

    private static NonnullStoragePool pool(StoragePoolRef ref) {
        return RemoteTypes.storagePool(ref);
    }

    private static NonnullStorageVol vol(StorageVolRef ref) {
        return RemoteTypes.storageVol(ref);
    }

    // ---- connection ----

    @Override
    public int connectNumOfStoragePools() {
        return rpc().call(CONNECT_NUM_OF_STORAGE_POOLS, new XdrVoid()).num();
    }

    @Override
    public List<String> connectListStoragePools(int maxnames) {
        return rpc().call(CONNECT_LIST_STORAGE_POOLS,
                new ConnectListStoragePoolsArgs(Math.min(maxnames, RemoteLimits.STORAGE_POOL_LIST_MAX))).names();
    }

    @Override
    public int connectNumOfDefinedStoragePools() {
        return rpc().call(CONNECT_NUM_OF_DEFINED_STORAGE_POOLS, new XdrVoid()).num();
    }

    @Override
    public List<String> connectListDefinedStoragePools(int maxnames) {
        return rpc().call(CONNECT_LIST_DEFINED_STORAGE_POOLS,
                new ConnectListDefinedStoragePoolsArgs(Math.min(maxnames, RemoteLimits.STORAGE_POOL_LIST_MAX))).names();
    }

    @Override
    public List<StoragePoolRef> connectListAllStoragePools(int flags) {
        List<StoragePoolRef> out = new ArrayList<>();
        for (NonnullStoragePool p : rpc().call(CONNECT_LIST_ALL_STORAGE_POOLS, new ConnectListAllStoragePoolsArgs(1, flags)).pools()) {
            out.add(RemoteTypes.storagePool(p));
        }
        return out;
    }

    @Override
    public org.jvirt.spi.StreamDriver storageVolUpload(StorageVolRef vol, long offset, long length, int flags) {
        return rpc().openStream(STORAGE_VOL_UPLOAD, new org.jvirt.rpc.remote.StorageVolUploadArgs(
                RemoteTypes.storageVol(vol), offset, length, flags));
    }

    @Override
    public org.jvirt.spi.StreamDriver storageVolDownload(StorageVolRef vol, long offset, long length, int flags) {
        return rpc().openStream(STORAGE_VOL_DOWNLOAD, new org.jvirt.rpc.remote.StorageVolDownloadArgs(
                RemoteTypes.storageVol(vol), offset, length, flags));
    }

    @Override
    public String connectGetStoragePoolCapabilities(int flags) {
        return rpc().call(CONNECT_GET_STORAGE_POOL_CAPABILITIES,
                new org.jvirt.rpc.remote.ConnectGetStoragePoolCapabilitiesArgs(flags)).capabilities();
    }

    @Override
    public String connectFindStoragePoolSources(String type, String srcSpec, int flags) {
        return rpc().call(CONNECT_FIND_STORAGE_POOL_SOURCES, new ConnectFindStoragePoolSourcesArgs(type, srcSpec, flags)).xml();
    }

    // ---- pools ----

    @Override
    public StoragePoolRef storagePoolLookupByName(String name) {
        return RemoteTypes.storagePool(rpc().call(STORAGE_POOL_LOOKUP_BY_NAME, new StoragePoolLookupByNameArgs(name)).pool());
    }

    @Override
    public StoragePoolRef storagePoolLookupByUUID(UUID uuid) {
        return RemoteTypes.storagePool(rpc().call(STORAGE_POOL_LOOKUP_BY_UUID,
                new StoragePoolLookupByUuidArgs(RemoteTypes.uuid(uuid))).pool());
    }

    @Override
    public StoragePoolRef storagePoolLookupByVolume(StorageVolRef v) {
        return RemoteTypes.storagePool(rpc().call(STORAGE_POOL_LOOKUP_BY_VOLUME, new StoragePoolLookupByVolumeArgs(vol(v))).pool());
    }

    @Override
    public StoragePoolRef storagePoolCreateXML(String xml, int flags) {
        return RemoteTypes.storagePool(rpc().call(STORAGE_POOL_CREATE_XML, new StoragePoolCreateXmlArgs(xml, flags)).pool());
    }

    @Override
    public StoragePoolRef storagePoolDefineXML(String xml, int flags) {
        return RemoteTypes.storagePool(rpc().call(STORAGE_POOL_DEFINE_XML, new StoragePoolDefineXmlArgs(xml, flags)).pool());
    }

    @Override
    public void storagePoolUndefine(StoragePoolRef p) {
        rpc().call(STORAGE_POOL_UNDEFINE, new StoragePoolUndefineArgs(pool(p)));
    }

    @Override
    public void storagePoolBuild(StoragePoolRef p, int flags) {
        rpc().call(STORAGE_POOL_BUILD, new StoragePoolBuildArgs(pool(p), flags));
    }

    @Override
    public void storagePoolCreate(StoragePoolRef p, int flags) {
        rpc().call(STORAGE_POOL_CREATE, new StoragePoolCreateArgs(pool(p), flags));
    }

    @Override
    public void storagePoolDestroy(StoragePoolRef p) {
        rpc().call(STORAGE_POOL_DESTROY, new StoragePoolDestroyArgs(pool(p)));
    }

    @Override
    public void storagePoolDelete(StoragePoolRef p, int flags) {
        rpc().call(STORAGE_POOL_DELETE, new StoragePoolDeleteArgs(pool(p), flags));
    }

    @Override
    public void storagePoolRefresh(StoragePoolRef p, int flags) {
        rpc().call(STORAGE_POOL_REFRESH, new StoragePoolRefreshArgs(pool(p), flags));
    }

    @Override
    public StoragePoolInfo storagePoolGetInfo(StoragePoolRef p) {
        return RemoteStructs.fromWire(rpc().call(STORAGE_POOL_GET_INFO, new StoragePoolGetInfoArgs(pool(p))));
    }

    @Override
    public String storagePoolGetXMLDesc(StoragePoolRef p, int flags) {
        return rpc().call(STORAGE_POOL_GET_XML_DESC, new StoragePoolGetXmlDescArgs(pool(p), flags)).xml();
    }

    @Override
    public boolean storagePoolGetAutostart(StoragePoolRef p) {
        return rpc().call(STORAGE_POOL_GET_AUTOSTART, new StoragePoolGetAutostartArgs(pool(p))).autostart() != 0;
    }

    @Override
    public void storagePoolSetAutostart(StoragePoolRef p, boolean autostart) {
        rpc().call(STORAGE_POOL_SET_AUTOSTART, new StoragePoolSetAutostartArgs(pool(p), autostart ? 1 : 0));
    }

    @Override
    public int storagePoolNumOfVolumes(StoragePoolRef p) {
        return rpc().call(STORAGE_POOL_NUM_OF_VOLUMES, new StoragePoolNumOfVolumesArgs(pool(p))).num();
    }

    @Override
    public List<String> storagePoolListVolumes(StoragePoolRef p, int maxnames) {
        return rpc().call(STORAGE_POOL_LIST_VOLUMES,
                new StoragePoolListVolumesArgs(pool(p), Math.min(maxnames, RemoteLimits.STORAGE_VOL_LIST_MAX))).names();
    }

    @Override
    public List<StorageVolRef> storagePoolListAllVolumes(StoragePoolRef p, int flags) {
        List<StorageVolRef> out = new ArrayList<>();
        for (NonnullStorageVol v : rpc().call(STORAGE_POOL_LIST_ALL_VOLUMES, new StoragePoolListAllVolumesArgs(pool(p), 1, flags)).vols()) {
            out.add(RemoteTypes.storageVol(v));
        }
        return out;
    }

    @Override
    public boolean storagePoolIsActive(StoragePoolRef p) {
        return rpc().call(STORAGE_POOL_IS_ACTIVE, new StoragePoolIsActiveArgs(pool(p))).active() != 0;
    }

    @Override
    public boolean storagePoolIsPersistent(StoragePoolRef p) {
        return rpc().call(STORAGE_POOL_IS_PERSISTENT, new StoragePoolIsPersistentArgs(pool(p))).persistent() != 0;
    }

    // ---- volumes ----

    @Override
    public StorageVolRef storageVolLookupByName(StoragePoolRef p, String name) {
        return RemoteTypes.storageVol(rpc().call(STORAGE_VOL_LOOKUP_BY_NAME, new StorageVolLookupByNameArgs(pool(p), name)).vol());
    }

    @Override
    public StorageVolRef storageVolLookupByKey(String key) {
        return RemoteTypes.storageVol(rpc().call(STORAGE_VOL_LOOKUP_BY_KEY, new StorageVolLookupByKeyArgs(key)).vol());
    }

    @Override
    public StorageVolRef storageVolLookupByPath(String path) {
        return RemoteTypes.storageVol(rpc().call(STORAGE_VOL_LOOKUP_BY_PATH, new StorageVolLookupByPathArgs(path)).vol());
    }

    @Override
    public StorageVolRef storageVolCreateXML(StoragePoolRef p, String xml, int flags) {
        return RemoteTypes.storageVol(rpc().call(STORAGE_VOL_CREATE_XML, new StorageVolCreateXmlArgs(pool(p), xml, flags)).vol());
    }

    @Override
    public StorageVolRef storageVolCreateXMLFrom(StoragePoolRef p, String xml, StorageVolRef clone, int flags) {
        return RemoteTypes.storageVol(rpc().call(STORAGE_VOL_CREATE_XML_FROM,
                new StorageVolCreateXmlFromArgs(pool(p), xml, vol(clone), flags)).vol());
    }

    @Override
    public void storageVolDelete(StorageVolRef v, int flags) {
        rpc().call(STORAGE_VOL_DELETE, new StorageVolDeleteArgs(vol(v), flags));
    }

    @Override
    public void storageVolWipe(StorageVolRef v, int flags) {
        rpc().call(STORAGE_VOL_WIPE, new StorageVolWipeArgs(vol(v), flags));
    }

    @Override
    public void storageVolWipePattern(StorageVolRef v, int algorithm, int flags) {
        rpc().call(STORAGE_VOL_WIPE_PATTERN, new StorageVolWipePatternArgs(vol(v), algorithm, flags));
    }

    @Override
    public StorageVolInfo storageVolGetInfo(StorageVolRef v) {
        return RemoteStructs.fromWire(rpc().call(STORAGE_VOL_GET_INFO, new StorageVolGetInfoArgs(vol(v))));
    }

    @Override
    public StorageVolInfo storageVolGetInfoFlags(StorageVolRef v, int flags) {
        return RemoteStructs.fromWire(rpc().call(STORAGE_VOL_GET_INFO_FLAGS,
                new StorageVolGetInfoFlagsArgs(vol(v), flags)));
    }

    @Override
    public String storageVolGetXMLDesc(StorageVolRef v, int flags) {
        return rpc().call(STORAGE_VOL_GET_XML_DESC, new StorageVolGetXmlDescArgs(vol(v), flags)).xml();
    }

    @Override
    public String storageVolGetPath(StorageVolRef v) {
        return rpc().call(STORAGE_VOL_GET_PATH, new StorageVolGetPathArgs(vol(v))).name();
    }

    @Override
    public void storageVolResize(StorageVolRef v, long capacity, int flags) {
        rpc().call(STORAGE_VOL_RESIZE, new StorageVolResizeArgs(vol(v), capacity, flags));
    }

    @Override
    public int connectStoragePoolEventRegisterAny(org.jvirt.spi.StoragePoolRef pool, int eventID,
            org.jvirt.spi.ObjectEventCallback<org.jvirt.spi.StoragePoolRef> callback) {
        return connection.poolEvents().register(pool, eventID, callback);
    }

    @Override
    public void connectStoragePoolEventDeregisterAny(int callbackID) {
        connection.poolEvents().deregister(callbackID);
    }
}
