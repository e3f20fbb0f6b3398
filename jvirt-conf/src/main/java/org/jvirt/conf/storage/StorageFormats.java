package org.jvirt.conf.storage;

import java.util.List;

/** The format name tables of storage_conf.c and storage_source_conf.c, and the source-part flags of the pool types. */
final class StorageFormats {

    static final int SRC_HOST = 1;
    static final int SRC_DEVICE = 1 << 1;
    static final int SRC_DIR = 1 << 2;
    static final int SRC_ADAPTER = 1 << 3;
    static final int SRC_NAME = 1 << 4;
    static final int SRC_IQN = 1 << 5;
    static final int SRC_NETWORK = 1 << 6;

    /** virStoragePoolFormatFileSystem. */
    static final List<String> FS = List.of("auto", "ext2", "ext3", "ext4", "ufs", "iso9660", "udf", "gfs", "gfs2",
            "vfat", "hfs+", "xfs", "ocfs2", "vmfs");
    /** virStoragePoolFormatFileSystemNet. */
    static final List<String> NETFS = List.of("auto", "nfs", "glusterfs", "cifs");
    /** virStoragePoolFormatDisk. */
    static final List<String> DISK = List.of("unknown", "dos", "dvh", "gpt", "mac", "bsd", "pc98", "sun", "lvm2");
    /** virStoragePoolFormatLogical. */
    static final List<String> LOGICAL = List.of("unknown", "lvm2");
    /** virStorageFileFormat; "none" (index 0) is not accepted as a volume format. */
    static final List<String> FILE = List.of("none", "raw", "dir", "bochs", "cloop", "dmg", "iso", "vpc", "vdi",
            "fat", "vhd", "ploop", "cow", "qcow", "qcow2", "qed", "vmdk");
    /** virStorageVolFormatDisk. */
    static final List<String> VOL_DISK = List.of("none", "linux", "fat16", "fat32", "linux-swap", "linux-lvm",
            "linux-raid", "extended");
    /** virStorageFileFeature. */
    static final List<String> FEATURES = List.of("lazy_refcounts", "extended_l2");
    /** virStorageVol types. */
    static final List<String> VOL_TYPES = List.of("file", "block", "dir", "network", "netdir", "ploop");

    private StorageFormats() {
    }
}
