package org.jvirt.spi;

import java.util.List;
import java.util.UUID;

/**
 * The storage driver table (libvirt's virStorageDriver); every entry optional: the default throws NO_SUPPORT
 * naming the public function. Names are libvirt's driver-table fields, so each maps to its REMOTE procedure
 * (storagePoolLookupByName = REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME...). Drivers check their own flags.
 */
public interface StorageDriver {

    /** A table that supports nothing, for drivers without storage. */
    StorageDriver UNSUPPORTED = new StorageDriver() {
    };

    default int connectNumOfStoragePools() {
        throw Unsupported.call("virConnectNumOfStoragePools");
    }

    default List<String> connectListStoragePools(int maxnames) {
        throw Unsupported.call("virConnectListStoragePools");
    }

    default int connectNumOfDefinedStoragePools() {
        throw Unsupported.call("virConnectNumOfDefinedStoragePools");
    }

    default List<String> connectListDefinedStoragePools(int maxnames) {
        throw Unsupported.call("virConnectListDefinedStoragePools");
    }

    default List<StoragePoolRef> connectListAllStoragePools(int flags) {
        throw Unsupported.call("virConnectListAllStoragePools");
    }

    default String connectFindStoragePoolSources(String type, String srcSpec, int flags) {
        throw Unsupported.call("virConnectFindStoragePoolSources");
    }

    default String connectGetStoragePoolCapabilities(int flags) {
        throw Unsupported.call("virConnectGetStoragePoolCapabilities");
    }

    default StoragePoolRef storagePoolLookupByName(String name) {
        throw Unsupported.call("virStoragePoolLookupByName");
    }

    default StoragePoolRef storagePoolLookupByUUID(UUID uuid) {
        throw Unsupported.call("virStoragePoolLookupByUUID");
    }

    default StoragePoolRef storagePoolLookupByVolume(StorageVolRef vol) {
        throw Unsupported.call("virStoragePoolLookupByVolume");
    }

    default StoragePoolRef storagePoolCreateXML(String xml, int flags) {
        throw Unsupported.call("virStoragePoolCreateXML");
    }

    default StoragePoolRef storagePoolDefineXML(String xml, int flags) {
        throw Unsupported.call("virStoragePoolDefineXML");
    }

    default void storagePoolUndefine(StoragePoolRef pool) {
        throw Unsupported.call("virStoragePoolUndefine");
    }

    default void storagePoolBuild(StoragePoolRef pool, int flags) {
        throw Unsupported.call("virStoragePoolBuild");
    }

    default void storagePoolCreate(StoragePoolRef pool, int flags) {
        throw Unsupported.call("virStoragePoolCreate");
    }

    default void storagePoolDestroy(StoragePoolRef pool) {
        throw Unsupported.call("virStoragePoolDestroy");
    }

    default void storagePoolDelete(StoragePoolRef pool, int flags) {
        throw Unsupported.call("virStoragePoolDelete");
    }

    default void storagePoolRefresh(StoragePoolRef pool, int flags) {
        throw Unsupported.call("virStoragePoolRefresh");
    }

    default org.jvirt.StoragePoolInfo storagePoolGetInfo(StoragePoolRef pool) {
        throw Unsupported.call("virStoragePoolGetInfo");
    }

    default String storagePoolGetXMLDesc(StoragePoolRef pool, int flags) {
        throw Unsupported.call("virStoragePoolGetXMLDesc");
    }

    default boolean storagePoolGetAutostart(StoragePoolRef pool) {
        throw Unsupported.call("virStoragePoolGetAutostart");
    }

    default void storagePoolSetAutostart(StoragePoolRef pool, boolean autostart) {
        throw Unsupported.call("virStoragePoolSetAutostart");
    }

    default int storagePoolNumOfVolumes(StoragePoolRef pool) {
        throw Unsupported.call("virStoragePoolNumOfVolumes");
    }

    default List<String> storagePoolListVolumes(StoragePoolRef pool, int maxnames) {
        throw Unsupported.call("virStoragePoolListVolumes");
    }

    default List<StorageVolRef> storagePoolListAllVolumes(StoragePoolRef pool, int flags) {
        throw Unsupported.call("virStoragePoolListAllVolumes");
    }

    default boolean storagePoolIsActive(StoragePoolRef pool) {
        throw Unsupported.call("virStoragePoolIsActive");
    }

    default boolean storagePoolIsPersistent(StoragePoolRef pool) {
        throw Unsupported.call("virStoragePoolIsPersistent");
    }

    default StorageVolRef storageVolLookupByName(StoragePoolRef pool, String name) {
        throw Unsupported.call("virStorageVolLookupByName");
    }

    default StorageVolRef storageVolLookupByKey(String key) {
        throw Unsupported.call("virStorageVolLookupByKey");
    }

    default StorageVolRef storageVolLookupByPath(String path) {
        throw Unsupported.call("virStorageVolLookupByPath");
    }

    default StorageVolRef storageVolCreateXML(StoragePoolRef pool, String xml, int flags) {
        throw Unsupported.call("virStorageVolCreateXML");
    }

    default StorageVolRef storageVolCreateXMLFrom(StoragePoolRef pool, String xml, StorageVolRef clone, int flags) {
        throw Unsupported.call("virStorageVolCreateXMLFrom");
    }

    /** virStorageVolUpload: the driver's end of the stream the client then writes the data to. */
    default StreamDriver storageVolUpload(StorageVolRef vol, long offset, long length, int flags) {
        throw Unsupported.call("virStorageVolUpload");
    }

    /** virStorageVolDownload: the driver's end of the stream the client then reads the data from. */
    default StreamDriver storageVolDownload(StorageVolRef vol, long offset, long length, int flags) {
        throw Unsupported.call("virStorageVolDownload");
    }

    default void storageVolDelete(StorageVolRef vol, int flags) {
        throw Unsupported.call("virStorageVolDelete");
    }

    default void storageVolWipe(StorageVolRef vol, int flags) {
        throw Unsupported.call("virStorageVolWipe");
    }

    default void storageVolWipePattern(StorageVolRef vol, int algorithm, int flags) {
        throw Unsupported.call("virStorageVolWipePattern");
    }

    default org.jvirt.StorageVolInfo storageVolGetInfo(StorageVolRef vol) {
        throw Unsupported.call("virStorageVolGetInfo");
    }

    /** virStorageVolGetInfoFlags: flags VIR_STORAGE_VOL_GET_PHYSICAL (1). */
    default org.jvirt.StorageVolInfo storageVolGetInfoFlags(StorageVolRef vol, int flags) {
        throw Unsupported.call("virStorageVolGetInfoFlags");
    }

    default String storageVolGetXMLDesc(StorageVolRef vol, int flags) {
        throw Unsupported.call("virStorageVolGetXMLDesc");
    }

    default String storageVolGetPath(StorageVolRef vol) {
        throw Unsupported.call("virStorageVolGetPath");
    }

    default void storageVolResize(StorageVolRef vol, long capacity, int flags) {
        throw Unsupported.call("virStorageVolResize");
    }

    /** virConnectStoragePoolEventRegisterAny: pool null for every pool; returns the callback id. */
    default int connectStoragePoolEventRegisterAny(StoragePoolRef pool, int eventID,
                                                   ObjectEventCallback<StoragePoolRef> callback) {
        throw Unsupported.call("virConnectStoragePoolEventRegisterAny");
    }

    default void connectStoragePoolEventDeregisterAny(int callbackID) {
        throw Unsupported.call("virConnectStoragePoolEventDeregisterAny");
    }
}
