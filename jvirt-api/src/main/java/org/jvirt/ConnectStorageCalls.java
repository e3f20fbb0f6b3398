package org.jvirt;

import static org.jvirt.Connect.requireArg;
import static org.jvirt.Connect.uuidArg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.StorageDriver;
import org.jvirt.spi.StoragePoolRef;
import org.jvirt.spi.StorageVolRef;

/**
 * The storage pool, volume and stream calls of {@link Connect} (libvirt-storage.c, libvirt-stream.c). Split out of
 * Connect by concern (DESIGN.md rule 11); Connect alone implements it.
 */
public sealed interface ConnectStorageCalls permits Connect {

    private Connect self() {
        return (Connect) this;
    }

    private StorageDriver storage() {
        return self().storage();
    }

    /** A handle on the pool {@code ref} names, without a lookup, for protocol layers (get_nonnull_storage_pool). */
    default StoragePool storagePool(StoragePoolRef ref) {
        return new StoragePool(self(), Objects.requireNonNull(ref));
    }

    /** A handle on the volume {@code ref} names, without a lookup, for protocol layers (get_nonnull_storage_vol). */
    default StorageVol storageVol(StorageVolRef ref) {
        return new StorageVol(self(), Objects.requireNonNull(ref));
    }

    default int numOfStoragePools() {
        return Dispatch.read(self(), "virConnectNumOfStoragePools", () -> storage().connectNumOfStoragePools());
    }

    default List<String> listStoragePools() {
        return Dispatch.read(self(), "virConnectListStoragePools",
                () -> storage().connectListStoragePools(Integer.MAX_VALUE));
    }

    default int numOfDefinedStoragePools() {
        return Dispatch.read(self(), "virConnectNumOfDefinedStoragePools",
                () -> storage().connectNumOfDefinedStoragePools());
    }

    default List<String> listDefinedStoragePools() {
        return Dispatch.read(self(), "virConnectListDefinedStoragePools",
                () -> storage().connectListDefinedStoragePools(Integer.MAX_VALUE));
    }

    /** flags: ConnectListAllStoragePoolsFlag. */
    default List<StoragePool> listAllStoragePools(int flags) {
        return Dispatch.read(self(), "virConnectListAllStoragePools", () -> {
            List<StoragePool> out = new ArrayList<>();
            for (StoragePoolRef r : storage().connectListAllStoragePools(flags)) {
                out.add(storagePool(r));
            }
            return out;
        });
    }

    /** virConnectFindStoragePoolSources: srcSpec may be null. */
    default String findStoragePoolSources(String type, String srcSpec, int flags) {
        String fn = "virConnectFindStoragePoolSources";
        return Dispatch.read(self(), fn,
                () -> storage().connectFindStoragePoolSources(requireArg(type, "type", fn), srcSpec, flags));
    }

    /** virStreamNew: a stream for one transfer; flags 1 is VIR_STREAM_NONBLOCK. */
    default Stream newStream(int flags) {
        return Dispatch.read(self(), "virStreamNew", () -> new Stream(self(), flags));
    }

    /** virConnectGetStoragePoolCapabilities: the storage pool capabilities XML. */
    default String getStoragePoolCapabilities(int flags) {
        return Dispatch.read(self(), "virConnectGetStoragePoolCapabilities",
                () -> storage().connectGetStoragePoolCapabilities(flags));
    }

    default StoragePool storagePoolLookupByName(String name) {
        String fn = "virStoragePoolLookupByName";
        return Dispatch.read(self(), fn,
                () -> storagePool(storage().storagePoolLookupByName(requireArg(name, "name", fn))));
    }

    default StoragePool storagePoolLookupByUUID(UUID uuid) {
        String fn = "virStoragePoolLookupByUUID";
        return Dispatch.read(self(), fn,
                () -> storagePool(storage().storagePoolLookupByUUID(requireArg(uuid, "uuid", fn))));
    }

    default StoragePool storagePoolLookupByUUIDString(String uuid) {
        String fn = "virStoragePoolLookupByUUIDString";
        return Dispatch.read(self(), fn, () -> storagePool(storage().storagePoolLookupByUUID(uuidArg(uuid, fn))));
    }

    /** virStoragePoolDefineXML: flags are StoragePoolDefineFlag. */
    default StoragePool storagePoolDefineXML(String xml, int flags) {
        String fn = "virStoragePoolDefineXML";
        return Dispatch.write(self(), fn,
                () -> storagePool(storage().storagePoolDefineXML(requireArg(xml, "xml", fn), flags)));
    }

    /** virStoragePoolCreateXML: a transient, running pool; flags are StoragePoolCreateFlag. */
    default StoragePool storagePoolCreateXML(String xml, int flags) {
        String fn = "virStoragePoolCreateXML";
        return Dispatch.write(self(), fn,
                () -> storagePool(storage().storagePoolCreateXML(requireArg(xml, "xmlDesc", fn), flags)));
    }

    default StorageVol storageVolLookupByKey(String key) {
        String fn = "virStorageVolLookupByKey";
        return Dispatch.read(self(), fn, () -> storageVol(storage().storageVolLookupByKey(requireArg(key, "key", fn))));
    }

    default StorageVol storageVolLookupByPath(String path) {
        String fn = "virStorageVolLookupByPath";
        return Dispatch.read(self(), fn,
                () -> storageVol(storage().storageVolLookupByPath(requireArg(path, "path", fn))));
    }

    /**
     * virConnectStoragePoolEventRegisterAny: {@code listener} receives the {@code eventId} events (0 lifecycle,
     * 1 refresh) of {@code pool}, or of every pool when null. Allowed on read-only connections.
     */
    default int storagePoolEventRegisterAny(StoragePool pool, int eventId,
                                            org.jvirt.event.StoragePoolEventListener listener) {
        String fn = "virConnectStoragePoolEventRegisterAny";
        return Dispatch.read(self(), fn, () -> {
            requireArg(listener, "cb", fn);
            if (eventId < 0 || eventId >= 2) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.STORAGE,
                        "eventID in " + fn + " must be less than 2", fn, "eventID");
            }
            ObjectEvents registry = self().poolEvents();
            synchronized (registry) {
                int id = storage().connectStoragePoolEventRegisterAny(pool == null ? null : pool.ref(), eventId,
                        registry.callbackFor((cb, ref, e, ev, d) -> listener.onEvent(storagePool(ref), e, ev, d)));
                registry.registered(id);
                return id;
            }
        });
    }

    default void storagePoolEventDeregisterAny(int callbackId) {
        Dispatch.read(self(), "virConnectStoragePoolEventDeregisterAny", () -> {
            storage().connectStoragePoolEventDeregisterAny(callbackId);
            self().poolEvents().deregistered(callbackId);
            return null;
        });
    }
}
