package org.jvirt.rpc.remote;

/**
 * The REMOTE program's bounds (remote_protocol.x's REMOTE_*_MAX constants, libvirt 9.0 values): the largest
 * string, opaque or array either side accepts. Named as in C minus the REMOTE_ prefix.
 */
public final class RemoteLimits {

    /** remote_nonnull_string's bound. */
    public static final int STRING_MAX = 4194304;
    public static final int CONNECT_IDENTITY_PARAMS_MAX = 20;
    public static final int DOMAIN_LIST_MAX = 16384;
    /** Bytes of one vcpu's cpumap. */
    public static final int CPUMAP_MAX = 2048;
    public static final int VCPUINFO_MAX = 16384;
    /** Bytes of all vcpus' cpumaps together. */
    public static final int CPUMAPS_MAX = 8388608;
    public static final int IOTHREAD_INFO_MAX = 16384;
    public static final int MIGRATE_COOKIE_MAX = 4194304;
    public static final int NETWORK_LIST_MAX = 16384;
    public static final int NETWORK_PORT_LIST_MAX = 16384;
    public static final int INTERFACE_LIST_MAX = 16384;
    public static final int STORAGE_POOL_LIST_MAX = 16384;
    public static final int STORAGE_VOL_LIST_MAX = 16384;
    public static final int NODE_DEVICE_LIST_MAX = 65536;
    public static final int NODE_DEVICE_CAPS_LIST_MAX = 65536;
    public static final int NWFILTER_LIST_MAX = 16384;
    public static final int NWFILTER_BINDING_LIST_MAX = 16384;
    public static final int DOMAIN_SCHEDULER_PARAMETERS_MAX = 16;
    public static final int DOMAIN_BLKIO_PARAMETERS_MAX = 16;
    public static final int DOMAIN_MEMORY_PARAMETERS_MAX = 16;
    public static final int DOMAIN_BLOCK_IO_TUNE_PARAMETERS_MAX = 32;
    public static final int DOMAIN_NUMA_PARAMETERS_MAX = 16;
    public static final int DOMAIN_PERF_EVENTS_MAX = 64;
    public static final int DOMAIN_BLOCK_COPY_PARAMETERS_MAX = 16;
    public static final int NODE_CPU_STATS_MAX = 16;
    public static final int NODE_MEMORY_STATS_MAX = 16;
    public static final int DOMAIN_BLOCK_STATS_PARAMETERS_MAX = 16;
    public static final int NODE_MAX_CELLS = 1024;
    public static final int AUTH_SASL_DATA_MAX = 65536;
    public static final int AUTH_TYPE_LIST_MAX = 20;
    public static final int DOMAIN_MEMORY_STATS_MAX = 1024;
    public static final int DOMAIN_CHECKPOINT_LIST_MAX = 16384;
    public static final int DOMAIN_SNAPSHOT_LIST_MAX = 16384;
    public static final int DOMAIN_BLOCK_PEEK_BUFFER_MAX = 4194304;
    public static final int DOMAIN_MEMORY_PEEK_BUFFER_MAX = 4194304;
    public static final int SECURITY_LABEL_LIST_MAX = 64;
    /** VIR_SECURITY_MODEL_BUFLEN: 256 chars and the NUL that travels with them. */
    public static final int SECURITY_MODEL_MAX = 257;
    /** VIR_SECURITY_LABEL_BUFLEN. */
    public static final int SECURITY_LABEL_MAX = 4097;
    /** VIR_SECURITY_DOI_BUFLEN. */
    public static final int SECURITY_DOI_MAX = 257;
    public static final int SECRET_VALUE_MAX = 65536;
    public static final int SECRET_LIST_MAX = 16384;
    public static final int CPU_BASELINE_MAX = 256;
    public static final int DOMAIN_SEND_KEY_MAX = 16;
    public static final int DOMAIN_INTERFACE_PARAMETERS_MAX = 16;
    public static final int DOMAIN_GET_CPU_STATS_NCPUS_MAX = 128;
    public static final int DOMAIN_GET_CPU_STATS_MAX = 2048;
    public static final int DOMAIN_DISK_ERRORS_MAX = 256;
    public static final int NODE_MEMORY_PARAMETERS_MAX = 64;
    public static final int DOMAIN_MIGRATE_PARAM_LIST_MAX = 64;
    public static final int DOMAIN_SAVE_PARAMS_MAX = 64;
    public static final int DOMAIN_JOB_STATS_MAX = 64;
    public static final int CONNECT_CPU_MODELS_MAX = 8192;
    public static final int DOMAIN_FSFREEZE_MOUNTPOINTS_MAX = 256;
    public static final int NETWORK_DHCP_LEASES_MAX = 65536;
    public static final int CONNECT_GET_ALL_DOMAIN_STATS_MAX = 262144;
    public static final int DOMAIN_EVENT_TUNABLE_MAX = 2048;
    public static final int DOMAIN_FSINFO_MAX = 256;
    public static final int DOMAIN_FSINFO_DISKS_MAX = 256;
    public static final int DOMAIN_INTERFACE_MAX = 2048;
    public static final int DOMAIN_IP_ADDR_MAX = 2048;
    public static final int DOMAIN_GUEST_VCPU_PARAMS_MAX = 64;
    public static final int DOMAIN_IOTHREAD_PARAMS_MAX = 64;
    public static final int NODE_SEV_INFO_MAX = 64;
    public static final int DOMAIN_LAUNCH_SECURITY_INFO_PARAMS_MAX = 64;
    public static final int DOMAIN_LAUNCH_SECURITY_STATE_PARAMS_MAX = 64;
    public static final int DOMAIN_GUEST_INFO_PARAMS_MAX = 2048;
    public static final int NETWORK_PORT_PARAMETERS_MAX = 16;
    public static final int DOMAIN_AUTHORIZED_SSH_KEYS_MAX = 2048;
    public static final int DOMAIN_MESSAGES_MAX = 2048;

    private RemoteLimits() {
    }
}
