package org.jvirt.conf.storage;

import java.util.List;

/**
 * libvirt's pool types with their backend options (storage_conf.c poolTypeInfo): which source parts are
 * mandatory and printed, the pool's source formats and default, and the volume formats and default.
 */
public enum StoragePoolType {
    DIR("dir", 0, null, null, StorageFormats.FILE, "raw"),
    FS("fs", StorageFormats.SRC_DEVICE, StorageFormats.FS, "auto", StorageFormats.FILE, "raw"),
    NETFS("netfs", StorageFormats.SRC_HOST | StorageFormats.SRC_DIR, StorageFormats.NETFS, "auto",
            StorageFormats.FILE, "raw"),
    LOGICAL("logical", StorageFormats.SRC_NAME | StorageFormats.SRC_DEVICE, StorageFormats.LOGICAL, "lvm2", null, null),
    DISK("disk", StorageFormats.SRC_DEVICE, StorageFormats.DISK, "unknown", StorageFormats.VOL_DISK, "none"),
    ISCSI("iscsi", StorageFormats.SRC_HOST | StorageFormats.SRC_DEVICE | StorageFormats.SRC_IQN, null, null, null, null),
    ISCSI_DIRECT("iscsi-direct", StorageFormats.SRC_HOST | StorageFormats.SRC_DEVICE | StorageFormats.SRC_NETWORK
            | StorageFormats.SRC_IQN, null, null, null, null),
    SCSI("scsi", StorageFormats.SRC_ADAPTER, null, null, null, null),
    MPATH("mpath", 0, null, null, null, null),
    RBD("rbd", StorageFormats.SRC_HOST | StorageFormats.SRC_NETWORK | StorageFormats.SRC_NAME, null, null,
            StorageFormats.FILE, "raw"),
    SHEEPDOG("sheepdog", StorageFormats.SRC_HOST | StorageFormats.SRC_NETWORK | StorageFormats.SRC_NAME, null, null,
            null, null),
    GLUSTER("gluster", StorageFormats.SRC_HOST | StorageFormats.SRC_NETWORK | StorageFormats.SRC_NAME
            | StorageFormats.SRC_DIR, null, null, StorageFormats.FILE, "raw"),
    ZFS("zfs", StorageFormats.SRC_NAME | StorageFormats.SRC_DEVICE, null, null, null, null),
    VSTORAGE("vstorage", StorageFormats.SRC_NAME, null, null, StorageFormats.FILE, "raw");

    private final String xmlName;
    final int flags;
    final List<String> poolFormats;
    final String defaultPoolFormat;
    final List<String> volFormats;
    final String defaultVolFormat;

    StoragePoolType(String xmlName, int flags, List<String> poolFormats, String defaultPoolFormat,
                    List<String> volFormats, String defaultVolFormat) {
        this.xmlName = xmlName;
        this.flags = flags;
        this.poolFormats = poolFormats;
        this.defaultPoolFormat = defaultPoolFormat;
        this.volFormats = volFormats;
        this.defaultVolFormat = defaultVolFormat;
    }

    public String xmlName() {
        return xmlName;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether the pool has source formats (a {@code <format type>} in its source). */
    public boolean hasPoolFormats() {
        return poolFormats != null;
    }

    /** Whether volumes of this pool have a {@code <format type>} in their target. */
    public boolean hasVolFormats() {
        return volFormats != null;
    }

    /** The volume type libvirt's test driver reports for volumes of this pool (testStorageVolumeTypeForPool). */
    public int testVolumeType() {
        return switch (this) {
            case DIR, FS, NETFS, VSTORAGE -> 0; // file
            case SHEEPDOG, ISCSI_DIRECT, GLUSTER, RBD -> 3; // network
            default -> 1; // block
        };
    }

    public static StoragePoolType fromXml(String name) {
        for (StoragePoolType t : values()) {
            if (t.xmlName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
