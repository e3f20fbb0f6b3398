package org.jvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jvirt.spi.StoragePoolRef;
import org.jvirt.spi.StorageVolRef;

/** A handle on a storage pool (libvirt's virStoragePool). Every method goes through {@link Dispatch}. */
public final class StoragePool {

    private final Connect conn;
    private final StoragePoolRef ref;

    StoragePool(Connect conn, StoragePoolRef ref) {
        this.conn = Objects.requireNonNull(conn);
        this.ref = Objects.requireNonNull(ref);
    }

    public Connect getConnect() {
        return conn;
    }

    public String getName() {
        return ref.name();
    }

    public UUID getUUID() {
        return ref.uuid();
    }

    public String getUUIDString() {
        return ref.uuid().toString();
    }

    public StoragePoolRef ref() {
        return ref;
    }

    /** virStoragePoolCreate: starts a defined pool; flags are StoragePoolCreateFlag. */
    public void create(int flags) {
        Dispatch.write(conn, "virStoragePoolCreate", () -> conn.storage().storagePoolCreate(ref, flags));
    }

    /** virStoragePoolBuild: flags are StoragePoolBuildFlag. */
    public void build(int flags) {
        Dispatch.write(conn, "virStoragePoolBuild", () -> conn.storage().storagePoolBuild(ref, flags));
    }

    public void destroy() {
        Dispatch.write(conn, "virStoragePoolDestroy", () -> conn.storage().storagePoolDestroy(ref));
    }

    /** virStoragePoolDelete: removes the pool's underlying storage (flags: 0 normal, 1 zeroed). */
    public void delete(int flags) {
        Dispatch.write(conn, "virStoragePoolDelete", () -> conn.storage().storagePoolDelete(ref, flags));
    }

    public void undefine() {
        Dispatch.write(conn, "virStoragePoolUndefine", () -> conn.storage().storagePoolUndefine(ref));
    }

    /** virStoragePoolRefresh: refused on read-only connections, as libvirt does. */
    public void refresh(int flags) {
        Dispatch.write(conn, "virStoragePoolRefresh", () -> conn.storage().storagePoolRefresh(ref, flags));
    }

    public StoragePoolInfo getInfo() {
        return Dispatch.read(conn, "virStoragePoolGetInfo", () -> conn.storage().storagePoolGetInfo(ref));
    }

    /** virStoragePoolGetXMLDesc: flags 0 or 1 (INACTIVE). */
    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virStoragePoolGetXMLDesc", () -> conn.storage().storagePoolGetXMLDesc(ref, flags));
    }

    public boolean getAutostart() {
        return Dispatch.read(conn, "virStoragePoolGetAutostart", () -> conn.storage().storagePoolGetAutostart(ref));
    }

    public void setAutostart(boolean autostart) {
        Dispatch.write(conn, "virStoragePoolSetAutostart", () -> conn.storage().storagePoolSetAutostart(ref, autostart));
    }

    public boolean isActive() {
        return Dispatch.read(conn, "virStoragePoolIsActive", () -> conn.storage().storagePoolIsActive(ref));
    }

    public boolean isPersistent() {
        return Dispatch.read(conn, "virStoragePoolIsPersistent", () -> conn.storage().storagePoolIsPersistent(ref));
    }

    public int numOfVolumes() {
        return Dispatch.read(conn, "virStoragePoolNumOfVolumes", () -> conn.storage().storagePoolNumOfVolumes(ref));
    }

    public List<String> listVolumes() {
        return Dispatch.read(conn, "virStoragePoolListVolumes",
                () -> conn.storage().storagePoolListVolumes(ref, Integer.MAX_VALUE));
    }

    public List<StorageVol> listAllVolumes(int flags) {
        return Dispatch.read(conn, "virStoragePoolListAllVolumes", () -> {
            List<StorageVol> out = new ArrayList<>();
            for (StorageVolRef v : conn.storage().storagePoolListAllVolumes(ref, flags)) {
                out.add(conn.storageVol(v));
            }
            return out;
        });
    }

    public StorageVol storageVolLookupByName(String name) {
        return Dispatch.read(conn, "virStorageVolLookupByName", () -> conn.storageVol(
                conn.storage().storageVolLookupByName(ref, Connect.requireArg(name, "name", "virStorageVolLookupByName"))));
    }

    /** virStorageVolCreateXML: flags are StorageVolCreateFlag. */
    public StorageVol storageVolCreateXML(String xml, int flags) {
        return Dispatch.write(conn, "virStorageVolCreateXML", () -> conn.storageVol(
                conn.storage().storageVolCreateXML(ref, Connect.requireArg(xml, "xmlDesc", "virStorageVolCreateXML"), flags)));
    }

    /** virStorageVolCreateXMLFrom: a new volume in this pool with {@code clone}'s contents. */
    public StorageVol storageVolCreateXMLFrom(String xml, StorageVol clone, int flags) {
        String fn = "virStorageVolCreateXMLFrom";
        return Dispatch.write(conn, fn, () -> {
            Connect.requireArg(xml, "xmlDesc", fn);
            Connect.requireArg(clone, "clonevol", fn);
            return conn.storageVol(conn.storage().storageVolCreateXMLFrom(ref, xml, clone.ref(), flags));
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoragePool p && p.conn == conn && p.ref.uuid().equals(ref.uuid());
    }

    @Override
    public int hashCode() {
        return ref.uuid().hashCode();
    }

    @Override
    public String toString() {
        return "StoragePool[" + ref.name() + "]";
    }
}
