package org.jvirt.conf.storage;

import java.util.List;

/**
 * A storage volume definition (virStorageVolDef): type is an index into libvirt's volume types (0 file, 1 block,
 * 2 dir, 3 network, 4 netdir, 5 ploop); format is the target format name or null when the pool has none;
 * backing is the {@code <backingStore>} or null; clusterSize 0 = absent; features null = no {@code <features>};
 * encryption is the target's {@code <encryption>} or null.
 */
public record StorageVolDef(String name, String key, int type, long capacity, long allocation,
                            boolean hasAllocation, String path, String format, StoragePerms perms, Backing backing,
                            String compat, boolean nocow, long clusterSize, List<String> features,
                            VolEncryption encryption) {

    /** {@code <backingStore>}: path, format (null when the pool has no formats) and permissions. */
    public record Backing(String path, String format, StoragePerms perms) {
    }

    public StorageVolDef withPathAndKey(String p, String k) {
        return new StorageVolDef(name, k, type, capacity, allocation, hasAllocation, p, format, perms, backing,
                compat, nocow, clusterSize, features, encryption);
    }

    public StorageVolDef withName(String n) {
        return new StorageVolDef(n, key, type, capacity, allocation, hasAllocation, path, format, perms, backing,
                compat, nocow, clusterSize, features, encryption);
    }

    public String typeName() {
        return StorageFormats.VOL_TYPES.get(type);
    }
}
