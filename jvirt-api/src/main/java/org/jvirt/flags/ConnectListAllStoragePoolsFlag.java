package org.jvirt.flags;

/** virConnectListAllStoragePoolsFlags: state filters, then one bit per pool type. */
public enum ConnectListAllStoragePoolsFlag implements VirFlag {
    INACTIVE(1),
    ACTIVE(2),
    PERSISTENT(4),
    TRANSIENT(8),
    AUTOSTART(16),
    NO_AUTOSTART(32),
    DIR(64),
    FS(128),
    NETFS(256),
    LOGICAL(512),
    DISK(1024),
    ISCSI(2048),
    SCSI(4096),
    MPATH(8192),
    RBD(16384),
    SHEEPDOG(32768),
    GLUSTER(65536),
    ZFS(131072),
    VSTORAGE(262144),
    ISCSI_DIRECT(524288);

    /** Every bit the test driver accepts (VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_ALL). */
    public static final int FILTERS_ALL = (1 << 20) - 1;

    private final int value;

    ConnectListAllStoragePoolsFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
