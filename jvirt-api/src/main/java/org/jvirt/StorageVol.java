package org.jvirt;

import java.util.Objects;
import org.jvirt.spi.StorageVolRef;

/** A handle on a storage volume (libvirt's virStorageVol): pool name, volume name and key. */
public final class StorageVol {

    private final Connect conn;
    private final StorageVolRef ref;

    StorageVol(Connect conn, StorageVolRef ref) {
        this.conn = Objects.requireNonNull(conn);
        this.ref = Objects.requireNonNull(ref);
    }

    public Connect getConnect() {
        return conn;
    }

    /** virStorageVolGetName. */
    public String getName() {
        return ref.name();
    }

    /** virStorageVolGetKey. */
    public String getKey() {
        return ref.key();
    }

    /** The name of the pool the volume belongs to (the handle's pool field). */
    public String getPoolName() {
        return ref.pool();
    }

    public StorageVolRef ref() {
        return ref;
    }

    /** virStoragePoolLookupByVolume. */
    public StoragePool getPool() {
        return Dispatch.read(conn, "virStoragePoolLookupByVolume",
                () -> conn.storagePool(conn.storage().storagePoolLookupByVolume(ref)));
    }

    public StorageVolInfo getInfo() {
        return Dispatch.read(conn, "virStorageVolGetInfo", () -> conn.storage().storageVolGetInfo(ref));
    }

    /** virStorageVolGetInfoFlags: flags VIR_STORAGE_VOL_GET_PHYSICAL (1) gives the physical size as allocation. */
    public StorageVolInfo getInfoFlags(int flags) {
        return Dispatch.read(conn, "virStorageVolGetInfoFlags", () -> conn.storage().storageVolGetInfoFlags(ref, flags));
    }

    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virStorageVolGetXMLDesc", () -> conn.storage().storageVolGetXMLDesc(ref, flags));
    }

    public String getPath() {
        return Dispatch.read(conn, "virStorageVolGetPath", () -> conn.storage().storageVolGetPath(ref));
    }

    /**
     * virStorageVolUpload: {@code length} bytes (0: up to the end) from {@code offset} will come through {@code st},
     * which the caller then sends to and finishes. flags: 1 (SPARSE_STREAM).
     */
    public void upload(Stream st, long offset, long length, int flags) {
        Dispatch.write(conn, "virStorageVolUpload", () -> transfer(st, "virStorageVolUpload",
                () -> conn.storage().storageVolUpload(ref, offset, length, flags)));
    }

    /** virStorageVolDownload: the volume's bytes come out of {@code st}, which the caller reads and finishes. */
    public void download(Stream st, long offset, long length, int flags) {
        Dispatch.write(conn, "virStorageVolDownload", () -> transfer(st, "virStorageVolDownload",
                () -> conn.storage().storageVolDownload(ref, offset, length, flags)));
    }

    private void transfer(Stream st, String function, java.util.function.Supplier<org.jvirt.spi.StreamDriver> open) {
        if (st == null || st.getConnect() != conn) {
            throw org.jvirt.error.VirtException.of(org.jvirt.error.ErrorCode.INVALID_ARG,
                    org.jvirt.spi.Unsupported.apiDomain(function), "stream must belong to the volume's connection");
        }
        st.attach(open.get());
    }

    /** virStorageVolDelete: flags 0, 1 (ZEROED), 2 (WITH_SNAPSHOTS). */
    public void delete(int flags) {
        Dispatch.write(conn, "virStorageVolDelete", () -> conn.storage().storageVolDelete(ref, flags));
    }

    public void wipe(int flags) {
        Dispatch.write(conn, "virStorageVolWipe", () -> conn.storage().storageVolWipe(ref, flags));
    }

    /** virStorageVolWipePattern: algorithm is a virStorageVolWipeAlgorithm value. */
    public void wipePattern(int algorithm, int flags) {
        Dispatch.write(conn, "virStorageVolWipePattern", () -> conn.storage().storageVolWipePattern(ref, algorithm, flags));
    }

    /** virStorageVolResize: flags are StorageVolResizeFlag. */
    public void resize(long capacity, int flags) {
        Dispatch.write(conn, "virStorageVolResize", () -> conn.storage().storageVolResize(ref, capacity, flags));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorageVol v && v.conn == conn && v.ref.equals(ref);
    }

    @Override
    public int hashCode() {
        return ref.hashCode();
    }

    @Override
    public String toString() {
        return "StorageVol[" + ref.pool() + "/" + ref.name() + "]";
    }
}
