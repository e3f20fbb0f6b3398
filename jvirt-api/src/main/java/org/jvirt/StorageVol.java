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

    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virStorageVolGetXMLDesc", () -> conn.storage().storageVolGetXMLDesc(ref, flags));
    }

    public String getPath() {
        return Dispatch.read(conn, "virStorageVolGetPath", () -> conn.storage().storageVolGetPath(ref));
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
