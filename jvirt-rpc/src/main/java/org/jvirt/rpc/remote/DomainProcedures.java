package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;
import static org.jvirt.rpc.remote.RemoteProcedure.stream;

import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.rpc.remote.RemoteProcedure.StreamKind;

/**
 * The REMOTE procedures of domains: lifecycle, configuration, devices, tuning, statistics, jobs, guest agent and
 * migration knobs, by number (libvirt's remote_protocol.x numbers). The type and the registry are {@link
 * RemoteProcedure}; a number is declared in exactly one family.
 */
public final class DomainProcedures {

    private DomainProcedures() {
    }

    public static final RemoteProcedure<DomainAttachDeviceArgs, XdrVoid> DOMAIN_ATTACH_DEVICE =
            define(8, "DOMAIN_ATTACH_DEVICE", DomainAttachDeviceArgs.class, VOID);
    public static final RemoteProcedure<DomainCreateArgs, XdrVoid> DOMAIN_CREATE =
            define(9, "DOMAIN_CREATE", DomainCreateArgs.class, VOID);
    public static final RemoteProcedure<DomainCreateXmlArgs, DomainCreateXmlRet> DOMAIN_CREATE_XML =
            define(10, "DOMAIN_CREATE_XML", DomainCreateXmlArgs.class, DomainCreateXmlRet.class);
    public static final RemoteProcedure<DomainDefineXmlArgs, DomainDefineXmlRet> DOMAIN_DEFINE_XML =
            define(11, "DOMAIN_DEFINE_XML", DomainDefineXmlArgs.class, DomainDefineXmlRet.class);
    public static final RemoteProcedure<DomainDestroyArgs, XdrVoid> DOMAIN_DESTROY =
            define(12, "DOMAIN_DESTROY", DomainDestroyArgs.class, VOID);
    public static final RemoteProcedure<DomainDetachDeviceArgs, XdrVoid> DOMAIN_DETACH_DEVICE =
            define(13, "DOMAIN_DETACH_DEVICE", DomainDetachDeviceArgs.class, VOID);
    public static final RemoteProcedure<DomainGetXmlDescArgs, DomainGetXmlDescRet> DOMAIN_GET_XML_DESC =
            define(14, "DOMAIN_GET_XML_DESC", DomainGetXmlDescArgs.class, DomainGetXmlDescRet.class);
    public static final RemoteProcedure<DomainGetAutostartArgs, DomainGetAutostartRet> DOMAIN_GET_AUTOSTART =
            define(15, "DOMAIN_GET_AUTOSTART", DomainGetAutostartArgs.class, DomainGetAutostartRet.class);
    public static final RemoteProcedure<DomainGetInfoArgs, DomainGetInfoRet> DOMAIN_GET_INFO =
            define(16, "DOMAIN_GET_INFO", DomainGetInfoArgs.class, DomainGetInfoRet.class);
    public static final RemoteProcedure<DomainGetMaxMemoryArgs, DomainGetMaxMemoryRet> DOMAIN_GET_MAX_MEMORY =
            define(17, "DOMAIN_GET_MAX_MEMORY", DomainGetMaxMemoryArgs.class, DomainGetMaxMemoryRet.class);
    public static final RemoteProcedure<DomainGetMaxVcpusArgs, DomainGetMaxVcpusRet> DOMAIN_GET_MAX_VCPUS =
            define(18, "DOMAIN_GET_MAX_VCPUS", DomainGetMaxVcpusArgs.class, DomainGetMaxVcpusRet.class);
    public static final RemoteProcedure<DomainGetOsTypeArgs, DomainGetOsTypeRet> DOMAIN_GET_OS_TYPE =
            define(19, "DOMAIN_GET_OS_TYPE", DomainGetOsTypeArgs.class, DomainGetOsTypeRet.class);
    public static final RemoteProcedure<DomainGetVcpusArgs, DomainGetVcpusRet> DOMAIN_GET_VCPUS =
            define(20, "DOMAIN_GET_VCPUS", DomainGetVcpusArgs.class, DomainGetVcpusRet.class);
    public static final RemoteProcedure<ConnectListDefinedDomainsArgs, ConnectListDefinedDomainsRet>
            CONNECT_LIST_DEFINED_DOMAINS = define(21, "CONNECT_LIST_DEFINED_DOMAINS",
                    ConnectListDefinedDomainsArgs.class, ConnectListDefinedDomainsRet.class);
    public static final RemoteProcedure<DomainLookupByIdArgs, DomainLookupByIdRet> DOMAIN_LOOKUP_BY_ID =
            define(22, "DOMAIN_LOOKUP_BY_ID", DomainLookupByIdArgs.class, DomainLookupByIdRet.class);
    public static final RemoteProcedure<DomainLookupByNameArgs, DomainLookupByNameRet> DOMAIN_LOOKUP_BY_NAME =
            define(23, "DOMAIN_LOOKUP_BY_NAME", DomainLookupByNameArgs.class, DomainLookupByNameRet.class);
    public static final RemoteProcedure<DomainLookupByUuidArgs, DomainLookupByUuidRet> DOMAIN_LOOKUP_BY_UUID =
            define(24, "DOMAIN_LOOKUP_BY_UUID", DomainLookupByUuidArgs.class, DomainLookupByUuidRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDefinedDomainsRet> CONNECT_NUM_OF_DEFINED_DOMAINS =
            define(25, "CONNECT_NUM_OF_DEFINED_DOMAINS", VOID, ConnectNumOfDefinedDomainsRet.class);
    public static final RemoteProcedure<DomainPinVcpuArgs, XdrVoid> DOMAIN_PIN_VCPU =
            define(26, "DOMAIN_PIN_VCPU", DomainPinVcpuArgs.class, VOID);
    public static final RemoteProcedure<DomainRebootArgs, XdrVoid> DOMAIN_REBOOT =
            define(27, "DOMAIN_REBOOT", DomainRebootArgs.class, VOID);
    public static final RemoteProcedure<DomainResumeArgs, XdrVoid> DOMAIN_RESUME =
            define(28, "DOMAIN_RESUME", DomainResumeArgs.class, VOID);
    public static final RemoteProcedure<DomainSetAutostartArgs, XdrVoid> DOMAIN_SET_AUTOSTART =
            define(29, "DOMAIN_SET_AUTOSTART", DomainSetAutostartArgs.class, VOID);
    public static final RemoteProcedure<DomainSetMaxMemoryArgs, XdrVoid> DOMAIN_SET_MAX_MEMORY =
            define(30, "DOMAIN_SET_MAX_MEMORY", DomainSetMaxMemoryArgs.class, VOID);
    public static final RemoteProcedure<DomainSetMemoryArgs, XdrVoid> DOMAIN_SET_MEMORY =
            define(31, "DOMAIN_SET_MEMORY", DomainSetMemoryArgs.class, VOID);
    public static final RemoteProcedure<DomainSetVcpusArgs, XdrVoid> DOMAIN_SET_VCPUS =
            define(32, "DOMAIN_SET_VCPUS", DomainSetVcpusArgs.class, VOID);
    public static final RemoteProcedure<DomainShutdownArgs, XdrVoid> DOMAIN_SHUTDOWN =
            define(33, "DOMAIN_SHUTDOWN", DomainShutdownArgs.class, VOID);
    public static final RemoteProcedure<DomainSuspendArgs, XdrVoid> DOMAIN_SUSPEND =
            define(34, "DOMAIN_SUSPEND", DomainSuspendArgs.class, VOID);
    public static final RemoteProcedure<DomainUndefineArgs, XdrVoid> DOMAIN_UNDEFINE =
            define(35, "DOMAIN_UNDEFINE", DomainUndefineArgs.class, VOID);
    public static final RemoteProcedure<ConnectListDomainsArgs, ConnectListDomainsRet> CONNECT_LIST_DOMAINS =
            define(37, "CONNECT_LIST_DOMAINS", ConnectListDomainsArgs.class, ConnectListDomainsRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDomainsRet> CONNECT_NUM_OF_DOMAINS =
            define(51, "CONNECT_NUM_OF_DOMAINS", VOID, ConnectNumOfDomainsRet.class);
    public static final RemoteProcedure<DomainCoreDumpArgs, XdrVoid> DOMAIN_CORE_DUMP =
            define(53, "DOMAIN_CORE_DUMP", DomainCoreDumpArgs.class, VOID);
    public static final RemoteProcedure<DomainRestoreArgs, XdrVoid> DOMAIN_RESTORE =
            define(54, "DOMAIN_RESTORE", DomainRestoreArgs.class, VOID);
    public static final RemoteProcedure<DomainSaveArgs, XdrVoid> DOMAIN_SAVE =
            define(55, "DOMAIN_SAVE", DomainSaveArgs.class, VOID);
    public static final RemoteProcedure<DomainGetSchedulerTypeArgs, DomainGetSchedulerTypeRet>
            DOMAIN_GET_SCHEDULER_TYPE = define(56, "DOMAIN_GET_SCHEDULER_TYPE",
                    DomainGetSchedulerTypeArgs.class, DomainGetSchedulerTypeRet.class);
    public static final RemoteProcedure<DomainGetSchedulerParametersArgs, DomainGetSchedulerParametersRet>
            DOMAIN_GET_SCHEDULER_PARAMETERS = define(57, "DOMAIN_GET_SCHEDULER_PARAMETERS",
                    DomainGetSchedulerParametersArgs.class, DomainGetSchedulerParametersRet.class);
    public static final RemoteProcedure<DomainSetSchedulerParametersArgs, XdrVoid> DOMAIN_SET_SCHEDULER_PARAMETERS =
            define(58, "DOMAIN_SET_SCHEDULER_PARAMETERS", DomainSetSchedulerParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainBlockStatsArgs, DomainBlockStatsRet> DOMAIN_BLOCK_STATS =
            define(64, "DOMAIN_BLOCK_STATS", DomainBlockStatsArgs.class, DomainBlockStatsRet.class);
    public static final RemoteProcedure<DomainInterfaceStatsArgs, DomainInterfaceStatsRet> DOMAIN_INTERFACE_STATS =
            define(65, "DOMAIN_INTERFACE_STATS", DomainInterfaceStatsArgs.class, DomainInterfaceStatsRet.class);
    public static final RemoteProcedure<DomainGetSecurityLabelArgs, DomainGetSecurityLabelRet>
            DOMAIN_GET_SECURITY_LABEL = define(121, "DOMAIN_GET_SECURITY_LABEL",
                    DomainGetSecurityLabelArgs.class, DomainGetSecurityLabelRet.class);
    public static final RemoteProcedure<ConnectDomainXmlFromNativeArgs, ConnectDomainXmlFromNativeRet>
            CONNECT_DOMAIN_XML_FROM_NATIVE = define(135, "CONNECT_DOMAIN_XML_FROM_NATIVE",
                    ConnectDomainXmlFromNativeArgs.class, ConnectDomainXmlFromNativeRet.class);
    public static final RemoteProcedure<ConnectDomainXmlToNativeArgs, ConnectDomainXmlToNativeRet>
            CONNECT_DOMAIN_XML_TO_NATIVE = define(136, "CONNECT_DOMAIN_XML_TO_NATIVE",
                    ConnectDomainXmlToNativeArgs.class, ConnectDomainXmlToNativeRet.class);
    public static final RemoteProcedure<DomainIsActiveArgs, DomainIsActiveRet> DOMAIN_IS_ACTIVE =
            define(150, "DOMAIN_IS_ACTIVE", DomainIsActiveArgs.class, DomainIsActiveRet.class);
    public static final RemoteProcedure<DomainIsPersistentArgs, DomainIsPersistentRet> DOMAIN_IS_PERSISTENT =
            define(151, "DOMAIN_IS_PERSISTENT", DomainIsPersistentArgs.class, DomainIsPersistentRet.class);
    public static final RemoteProcedure<DomainMemoryStatsArgs, DomainMemoryStatsRet> DOMAIN_MEMORY_STATS =
            define(159, "DOMAIN_MEMORY_STATS", DomainMemoryStatsArgs.class, DomainMemoryStatsRet.class);
    public static final RemoteProcedure<DomainAttachDeviceFlagsArgs, XdrVoid> DOMAIN_ATTACH_DEVICE_FLAGS =
            define(160, "DOMAIN_ATTACH_DEVICE_FLAGS", DomainAttachDeviceFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainDetachDeviceFlagsArgs, XdrVoid> DOMAIN_DETACH_DEVICE_FLAGS =
            define(161, "DOMAIN_DETACH_DEVICE_FLAGS", DomainDetachDeviceFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainGetJobInfoArgs, DomainGetJobInfoRet> DOMAIN_GET_JOB_INFO =
            define(163, "DOMAIN_GET_JOB_INFO", DomainGetJobInfoArgs.class, DomainGetJobInfoRet.class);
    public static final RemoteProcedure<DomainAbortJobArgs, XdrVoid> DOMAIN_ABORT_JOB =
            define(164, "DOMAIN_ABORT_JOB", DomainAbortJobArgs.class, VOID);
    public static final RemoteProcedure<DomainMigrateSetMaxDowntimeArgs, XdrVoid> DOMAIN_MIGRATE_SET_MAX_DOWNTIME =
            define(166, "DOMAIN_MIGRATE_SET_MAX_DOWNTIME", DomainMigrateSetMaxDowntimeArgs.class, VOID);
    public static final RemoteProcedure<DomainUpdateDeviceFlagsArgs, XdrVoid> DOMAIN_UPDATE_DEVICE_FLAGS =
            define(174, "DOMAIN_UPDATE_DEVICE_FLAGS", DomainUpdateDeviceFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainManagedSaveArgs, XdrVoid> DOMAIN_MANAGED_SAVE =
            define(182, "DOMAIN_MANAGED_SAVE", DomainManagedSaveArgs.class, VOID);
    public static final RemoteProcedure<DomainHasManagedSaveImageArgs, DomainHasManagedSaveImageRet>
            DOMAIN_HAS_MANAGED_SAVE_IMAGE = define(183, "DOMAIN_HAS_MANAGED_SAVE_IMAGE",
                    DomainHasManagedSaveImageArgs.class, DomainHasManagedSaveImageRet.class);
    public static final RemoteProcedure<DomainManagedSaveRemoveArgs, XdrVoid> DOMAIN_MANAGED_SAVE_REMOVE =
            define(184, "DOMAIN_MANAGED_SAVE_REMOVE", DomainManagedSaveRemoveArgs.class, VOID);
    public static final RemoteProcedure<DomainGetBlockInfoArgs, DomainGetBlockInfoRet> DOMAIN_GET_BLOCK_INFO =
            define(194, "DOMAIN_GET_BLOCK_INFO", DomainGetBlockInfoArgs.class, DomainGetBlockInfoRet.class);
    public static final RemoteProcedure<DomainCreateWithFlagsArgs, DomainCreateWithFlagsRet> DOMAIN_CREATE_WITH_FLAGS =
            define(196, "DOMAIN_CREATE_WITH_FLAGS", DomainCreateWithFlagsArgs.class, DomainCreateWithFlagsRet.class);
    public static final RemoteProcedure<DomainSetMemoryParametersArgs, XdrVoid> DOMAIN_SET_MEMORY_PARAMETERS =
            define(197, "DOMAIN_SET_MEMORY_PARAMETERS", DomainSetMemoryParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainGetMemoryParametersArgs, DomainGetMemoryParametersRet> DOMAIN_GET_MEMORY_PARAMETERS =
            define(198, "DOMAIN_GET_MEMORY_PARAMETERS", DomainGetMemoryParametersArgs.class, DomainGetMemoryParametersRet.class);
    public static final RemoteProcedure<DomainSetVcpusFlagsArgs, XdrVoid> DOMAIN_SET_VCPUS_FLAGS =
            define(199, "DOMAIN_SET_VCPUS_FLAGS", DomainSetVcpusFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainGetVcpusFlagsArgs, DomainGetVcpusFlagsRet> DOMAIN_GET_VCPUS_FLAGS =
            define(200, "DOMAIN_GET_VCPUS_FLAGS", DomainGetVcpusFlagsArgs.class, DomainGetVcpusFlagsRet.class);
    public static final RemoteProcedure<DomainOpenConsoleArgs, XdrVoid> DOMAIN_OPEN_CONSOLE =
            stream(201, "DOMAIN_OPEN_CONSOLE", DomainOpenConsoleArgs.class, VOID, StreamKind.FROM_SERVER);
    public static final RemoteProcedure<DomainIsUpdatedArgs, DomainIsUpdatedRet> DOMAIN_IS_UPDATED =
            define(202, "DOMAIN_IS_UPDATED", DomainIsUpdatedArgs.class, DomainIsUpdatedRet.class);
    public static final RemoteProcedure<DomainSetMemoryFlagsArgs, XdrVoid> DOMAIN_SET_MEMORY_FLAGS =
            define(204, "DOMAIN_SET_MEMORY_FLAGS", DomainSetMemoryFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainSetBlkioParametersArgs, XdrVoid> DOMAIN_SET_BLKIO_PARAMETERS =
            define(205, "DOMAIN_SET_BLKIO_PARAMETERS", DomainSetBlkioParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainGetBlkioParametersArgs, DomainGetBlkioParametersRet> DOMAIN_GET_BLKIO_PARAMETERS =
            define(206, "DOMAIN_GET_BLKIO_PARAMETERS", DomainGetBlkioParametersArgs.class, DomainGetBlkioParametersRet.class);
    public static final RemoteProcedure<DomainMigrateSetMaxSpeedArgs, XdrVoid> DOMAIN_MIGRATE_SET_MAX_SPEED =
            define(207, "DOMAIN_MIGRATE_SET_MAX_SPEED", DomainMigrateSetMaxSpeedArgs.class, VOID);
    public static final RemoteProcedure<DomainInjectNmiArgs, XdrVoid> DOMAIN_INJECT_NMI =
            define(210, "DOMAIN_INJECT_NMI", DomainInjectNmiArgs.class, VOID);
    public static final RemoteProcedure<DomainScreenshotArgs, DomainScreenshotRet> DOMAIN_SCREENSHOT =
            stream(211, "DOMAIN_SCREENSHOT", DomainScreenshotArgs.class, DomainScreenshotRet.class, StreamKind.FROM_SERVER);
    public static final RemoteProcedure<DomainGetStateArgs, DomainGetStateRet> DOMAIN_GET_STATE =
            define(212, "DOMAIN_GET_STATE", DomainGetStateArgs.class, DomainGetStateRet.class);
    public static final RemoteProcedure<DomainSetSchedulerParametersFlagsArgs, XdrVoid>
            DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS = define(219, "DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS",
                    DomainSetSchedulerParametersFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainGetSchedulerParametersFlagsArgs, DomainGetSchedulerParametersFlagsRet>
            DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS = define(223, "DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS",
                    DomainGetSchedulerParametersFlagsArgs.class, DomainGetSchedulerParametersFlagsRet.class);
    public static final RemoteProcedure<DomainPinVcpuFlagsArgs, XdrVoid> DOMAIN_PIN_VCPU_FLAGS =
            define(225, "DOMAIN_PIN_VCPU_FLAGS", DomainPinVcpuFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainSendKeyArgs, XdrVoid> DOMAIN_SEND_KEY =
            define(226, "DOMAIN_SEND_KEY", DomainSendKeyArgs.class, VOID);
    public static final RemoteProcedure<DomainGetControlInfoArgs, DomainGetControlInfoRet> DOMAIN_GET_CONTROL_INFO =
            define(229, "DOMAIN_GET_CONTROL_INFO", DomainGetControlInfoArgs.class, DomainGetControlInfoRet.class);
    public static final RemoteProcedure<DomainGetVcpuPinInfoArgs, DomainGetVcpuPinInfoRet> DOMAIN_GET_VCPU_PIN_INFO =
            define(230, "DOMAIN_GET_VCPU_PIN_INFO", DomainGetVcpuPinInfoArgs.class, DomainGetVcpuPinInfoRet.class);
    public static final RemoteProcedure<DomainUndefineFlagsArgs, XdrVoid> DOMAIN_UNDEFINE_FLAGS =
            define(231, "DOMAIN_UNDEFINE_FLAGS", DomainUndefineFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainSaveFlagsArgs, XdrVoid> DOMAIN_SAVE_FLAGS =
            define(232, "DOMAIN_SAVE_FLAGS", DomainSaveFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainRestoreFlagsArgs, XdrVoid> DOMAIN_RESTORE_FLAGS =
            define(233, "DOMAIN_RESTORE_FLAGS", DomainRestoreFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainDestroyFlagsArgs, XdrVoid> DOMAIN_DESTROY_FLAGS =
            define(234, "DOMAIN_DESTROY_FLAGS", DomainDestroyFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainSaveImageGetXmlDescArgs, DomainSaveImageGetXmlDescRet>
            DOMAIN_SAVE_IMAGE_GET_XML_DESC = define(235, "DOMAIN_SAVE_IMAGE_GET_XML_DESC",
                    DomainSaveImageGetXmlDescArgs.class, DomainSaveImageGetXmlDescRet.class);
    public static final RemoteProcedure<DomainSaveImageDefineXmlArgs, XdrVoid> DOMAIN_SAVE_IMAGE_DEFINE_XML =
            define(236, "DOMAIN_SAVE_IMAGE_DEFINE_XML", DomainSaveImageDefineXmlArgs.class, VOID);
    public static final RemoteProcedure<DomainBlockJobAbortArgs, XdrVoid> DOMAIN_BLOCK_JOB_ABORT =
            define(237, "DOMAIN_BLOCK_JOB_ABORT", DomainBlockJobAbortArgs.class, VOID);
    public static final RemoteProcedure<DomainGetBlockJobInfoArgs, DomainGetBlockJobInfoRet> DOMAIN_GET_BLOCK_JOB_INFO =
            define(238, "DOMAIN_GET_BLOCK_JOB_INFO", DomainGetBlockJobInfoArgs.class, DomainGetBlockJobInfoRet.class);
    public static final RemoteProcedure<DomainBlockJobSetSpeedArgs, XdrVoid> DOMAIN_BLOCK_JOB_SET_SPEED =
            define(239, "DOMAIN_BLOCK_JOB_SET_SPEED", DomainBlockJobSetSpeedArgs.class, VOID);
    public static final RemoteProcedure<DomainBlockPullArgs, XdrVoid> DOMAIN_BLOCK_PULL =
            define(240, "DOMAIN_BLOCK_PULL", DomainBlockPullArgs.class, VOID);
    public static final RemoteProcedure<DomainMigrateGetMaxSpeedArgs, DomainMigrateGetMaxSpeedRet> DOMAIN_MIGRATE_GET_MAX_SPEED =
            define(242, "DOMAIN_MIGRATE_GET_MAX_SPEED", DomainMigrateGetMaxSpeedArgs.class, DomainMigrateGetMaxSpeedRet.class);
    public static final RemoteProcedure<DomainBlockStatsFlagsArgs, DomainBlockStatsFlagsRet> DOMAIN_BLOCK_STATS_FLAGS =
            define(243, "DOMAIN_BLOCK_STATS_FLAGS", DomainBlockStatsFlagsArgs.class, DomainBlockStatsFlagsRet.class);
    public static final RemoteProcedure<DomainResetArgs, XdrVoid> DOMAIN_RESET =
            define(245, "DOMAIN_RESET", DomainResetArgs.class, VOID);
    public static final RemoteProcedure<DomainBlockResizeArgs, XdrVoid> DOMAIN_BLOCK_RESIZE =
            define(251, "DOMAIN_BLOCK_RESIZE", DomainBlockResizeArgs.class, VOID);
    public static final RemoteProcedure<DomainSetBlockIoTuneArgs, XdrVoid> DOMAIN_SET_BLOCK_IO_TUNE =
            define(252, "DOMAIN_SET_BLOCK_IO_TUNE", DomainSetBlockIoTuneArgs.class, VOID);
    public static final RemoteProcedure<DomainGetBlockIoTuneArgs, DomainGetBlockIoTuneRet> DOMAIN_GET_BLOCK_IO_TUNE =
            define(253, "DOMAIN_GET_BLOCK_IO_TUNE", DomainGetBlockIoTuneArgs.class, DomainGetBlockIoTuneRet.class);
    public static final RemoteProcedure<DomainSetNumaParametersArgs, XdrVoid> DOMAIN_SET_NUMA_PARAMETERS =
            define(254, "DOMAIN_SET_NUMA_PARAMETERS", DomainSetNumaParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainGetNumaParametersArgs, DomainGetNumaParametersRet> DOMAIN_GET_NUMA_PARAMETERS =
            define(255, "DOMAIN_GET_NUMA_PARAMETERS", DomainGetNumaParametersArgs.class, DomainGetNumaParametersRet.class);
    public static final RemoteProcedure<DomainSetInterfaceParametersArgs, XdrVoid> DOMAIN_SET_INTERFACE_PARAMETERS =
            define(256, "DOMAIN_SET_INTERFACE_PARAMETERS", DomainSetInterfaceParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainGetInterfaceParametersArgs, DomainGetInterfaceParametersRet>
            DOMAIN_GET_INTERFACE_PARAMETERS = define(257, "DOMAIN_GET_INTERFACE_PARAMETERS",
                    DomainGetInterfaceParametersArgs.class, DomainGetInterfaceParametersRet.class);
    public static final RemoteProcedure<DomainShutdownFlagsArgs, XdrVoid> DOMAIN_SHUTDOWN_FLAGS =
            define(258, "DOMAIN_SHUTDOWN_FLAGS", DomainShutdownFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainPmSuspendForDurationArgs, XdrVoid> DOMAIN_PM_SUSPEND_FOR_DURATION =
            define(261, "DOMAIN_PM_SUSPEND_FOR_DURATION", DomainPmSuspendForDurationArgs.class, VOID);
    public static final RemoteProcedure<DomainGetCpuStatsArgs, DomainGetCpuStatsRet> DOMAIN_GET_CPU_STATS =
            define(262, "DOMAIN_GET_CPU_STATS", DomainGetCpuStatsArgs.class, DomainGetCpuStatsRet.class);
    public static final RemoteProcedure<DomainGetDiskErrorsArgs, DomainGetDiskErrorsRet> DOMAIN_GET_DISK_ERRORS =
            define(263, "DOMAIN_GET_DISK_ERRORS", DomainGetDiskErrorsArgs.class, DomainGetDiskErrorsRet.class);
    public static final RemoteProcedure<DomainSetMetadataArgs, XdrVoid> DOMAIN_SET_METADATA =
            define(264, "DOMAIN_SET_METADATA", DomainSetMetadataArgs.class, VOID);
    public static final RemoteProcedure<DomainGetMetadataArgs, DomainGetMetadataRet> DOMAIN_GET_METADATA =
            define(265, "DOMAIN_GET_METADATA", DomainGetMetadataArgs.class, DomainGetMetadataRet.class);
    public static final RemoteProcedure<DomainBlockRebaseArgs, XdrVoid> DOMAIN_BLOCK_REBASE =
            define(266, "DOMAIN_BLOCK_REBASE", DomainBlockRebaseArgs.class, VOID);
    public static final RemoteProcedure<DomainPmWakeupArgs, XdrVoid> DOMAIN_PM_WAKEUP =
            define(267, "DOMAIN_PM_WAKEUP", DomainPmWakeupArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllDomainsArgs, ConnectListAllDomainsRet> CONNECT_LIST_ALL_DOMAINS =
            define(273, "CONNECT_LIST_ALL_DOMAINS", ConnectListAllDomainsArgs.class, ConnectListAllDomainsRet.class);
    public static final RemoteProcedure<DomainGetHostnameArgs, DomainGetHostnameRet> DOMAIN_GET_HOSTNAME =
            define(277, "DOMAIN_GET_HOSTNAME", DomainGetHostnameArgs.class, DomainGetHostnameRet.class);
    public static final RemoteProcedure<DomainGetSecurityLabelListArgs, DomainGetSecurityLabelListRet>
            DOMAIN_GET_SECURITY_LABEL_LIST = define(278, "DOMAIN_GET_SECURITY_LABEL_LIST",
                    DomainGetSecurityLabelListArgs.class, DomainGetSecurityLabelListRet.class);
    public static final RemoteProcedure<DomainPinEmulatorArgs, XdrVoid> DOMAIN_PIN_EMULATOR =
            define(279, "DOMAIN_PIN_EMULATOR", DomainPinEmulatorArgs.class, VOID);
    public static final RemoteProcedure<DomainGetEmulatorPinInfoArgs, DomainGetEmulatorPinInfoRet> DOMAIN_GET_EMULATOR_PIN_INFO =
            define(280, "DOMAIN_GET_EMULATOR_PIN_INFO", DomainGetEmulatorPinInfoArgs.class, DomainGetEmulatorPinInfoRet.class);
    public static final RemoteProcedure<DomainBlockCommitArgs, XdrVoid> DOMAIN_BLOCK_COMMIT =
            define(290, "DOMAIN_BLOCK_COMMIT", DomainBlockCommitArgs.class, VOID);
    public static final RemoteProcedure<DomainFstrimArgs, XdrVoid> DOMAIN_FSTRIM =
            define(294, "DOMAIN_FSTRIM", DomainFstrimArgs.class, VOID);
    public static final RemoteProcedure<DomainSendProcessSignalArgs, XdrVoid> DOMAIN_SEND_PROCESS_SIGNAL =
            define(295, "DOMAIN_SEND_PROCESS_SIGNAL", DomainSendProcessSignalArgs.class, VOID);
    public static final RemoteProcedure<DomainGetJobStatsArgs, DomainGetJobStatsRet> DOMAIN_GET_JOB_STATS =
            define(298, "DOMAIN_GET_JOB_STATS", DomainGetJobStatsArgs.class, DomainGetJobStatsRet.class);
    public static final RemoteProcedure<DomainMigrateGetCompressionCacheArgs, DomainMigrateGetCompressionCacheRet> DOMAIN_MIGRATE_GET_COMPRESSION_CACHE =
            define(299, "DOMAIN_MIGRATE_GET_COMPRESSION_CACHE", DomainMigrateGetCompressionCacheArgs.class, DomainMigrateGetCompressionCacheRet.class);
    public static final RemoteProcedure<DomainMigrateSetCompressionCacheArgs, XdrVoid> DOMAIN_MIGRATE_SET_COMPRESSION_CACHE =
            define(300, "DOMAIN_MIGRATE_SET_COMPRESSION_CACHE", DomainMigrateSetCompressionCacheArgs.class, VOID);
    public static final RemoteProcedure<DomainSetMemoryStatsPeriodArgs, XdrVoid> DOMAIN_SET_MEMORY_STATS_PERIOD =
            define(308, "DOMAIN_SET_MEMORY_STATS_PERIOD", DomainSetMemoryStatsPeriodArgs.class, VOID);
    public static final RemoteProcedure<DomainCoreDumpWithFormatArgs, XdrVoid> DOMAIN_CORE_DUMP_WITH_FORMAT =
            define(334, "DOMAIN_CORE_DUMP_WITH_FORMAT", DomainCoreDumpWithFormatArgs.class, VOID);
    public static final RemoteProcedure<DomainFsfreezeArgs, DomainFsfreezeRet> DOMAIN_FSFREEZE =
            define(335, "DOMAIN_FSFREEZE", DomainFsfreezeArgs.class, DomainFsfreezeRet.class);
    public static final RemoteProcedure<DomainFsthawArgs, DomainFsthawRet> DOMAIN_FSTHAW =
            define(336, "DOMAIN_FSTHAW", DomainFsthawArgs.class, DomainFsthawRet.class);
    public static final RemoteProcedure<DomainGetTimeArgs, DomainGetTimeRet> DOMAIN_GET_TIME =
            define(337, "DOMAIN_GET_TIME", DomainGetTimeArgs.class, DomainGetTimeRet.class);
    public static final RemoteProcedure<DomainSetTimeArgs, XdrVoid> DOMAIN_SET_TIME =
            define(338, "DOMAIN_SET_TIME", DomainSetTimeArgs.class, VOID);
    public static final RemoteProcedure<ConnectGetAllDomainStatsArgs, ConnectGetAllDomainStatsRet> CONNECT_GET_ALL_DOMAIN_STATS =
            define(344, "CONNECT_GET_ALL_DOMAIN_STATS", ConnectGetAllDomainStatsArgs.class, ConnectGetAllDomainStatsRet.class);
    public static final RemoteProcedure<DomainBlockCopyArgs, XdrVoid> DOMAIN_BLOCK_COPY =
            define(345, "DOMAIN_BLOCK_COPY", DomainBlockCopyArgs.class, VOID);
    public static final RemoteProcedure<DomainGetFsinfoArgs, DomainGetFsinfoRet> DOMAIN_GET_FSINFO =
            define(349, "DOMAIN_GET_FSINFO", DomainGetFsinfoArgs.class, DomainGetFsinfoRet.class);
    public static final RemoteProcedure<DomainDefineXmlFlagsArgs, DomainDefineXmlFlagsRet> DOMAIN_DEFINE_XML_FLAGS =
            define(350, "DOMAIN_DEFINE_XML_FLAGS", DomainDefineXmlFlagsArgs.class, DomainDefineXmlFlagsRet.class);
    public static final RemoteProcedure<DomainGetIothreadInfoArgs, DomainGetIothreadInfoRet> DOMAIN_GET_IOTHREAD_INFO =
            define(351, "DOMAIN_GET_IOTHREAD_INFO", DomainGetIothreadInfoArgs.class, DomainGetIothreadInfoRet.class);
    public static final RemoteProcedure<DomainPinIothreadArgs, XdrVoid> DOMAIN_PIN_IOTHREAD =
            define(352, "DOMAIN_PIN_IOTHREAD", DomainPinIothreadArgs.class, VOID);
    public static final RemoteProcedure<DomainInterfaceAddressesArgs, DomainInterfaceAddressesRet> DOMAIN_INTERFACE_ADDRESSES =
            define(353, "DOMAIN_INTERFACE_ADDRESSES", DomainInterfaceAddressesArgs.class, DomainInterfaceAddressesRet.class);
    public static final RemoteProcedure<DomainAddIothreadArgs, XdrVoid> DOMAIN_ADD_IOTHREAD =
            define(355, "DOMAIN_ADD_IOTHREAD", DomainAddIothreadArgs.class, VOID);
    public static final RemoteProcedure<DomainDelIothreadArgs, XdrVoid> DOMAIN_DEL_IOTHREAD =
            define(356, "DOMAIN_DEL_IOTHREAD", DomainDelIothreadArgs.class, VOID);
    public static final RemoteProcedure<DomainSetUserPasswordArgs, XdrVoid> DOMAIN_SET_USER_PASSWORD =
            define(357, "DOMAIN_SET_USER_PASSWORD", DomainSetUserPasswordArgs.class, VOID);
    public static final RemoteProcedure<DomainRenameArgs, DomainRenameRet> DOMAIN_RENAME =
            define(358, "DOMAIN_RENAME", DomainRenameArgs.class, DomainRenameRet.class);
    public static final RemoteProcedure<DomainMigrateStartPostCopyArgs, XdrVoid> DOMAIN_MIGRATE_START_POST_COPY =
            define(364, "DOMAIN_MIGRATE_START_POST_COPY", DomainMigrateStartPostCopyArgs.class, VOID);
    public static final RemoteProcedure<DomainGetPerfEventsArgs, DomainGetPerfEventsRet> DOMAIN_GET_PERF_EVENTS =
            define(365, "DOMAIN_GET_PERF_EVENTS", DomainGetPerfEventsArgs.class, DomainGetPerfEventsRet.class);
    public static final RemoteProcedure<DomainSetPerfEventsArgs, XdrVoid> DOMAIN_SET_PERF_EVENTS =
            define(366, "DOMAIN_SET_PERF_EVENTS", DomainSetPerfEventsArgs.class, VOID);
    public static final RemoteProcedure<DomainGetGuestVcpusArgs, DomainGetGuestVcpusRet> DOMAIN_GET_GUEST_VCPUS =
            define(371, "DOMAIN_GET_GUEST_VCPUS", DomainGetGuestVcpusArgs.class, DomainGetGuestVcpusRet.class);
    public static final RemoteProcedure<DomainSetGuestVcpusArgs, XdrVoid> DOMAIN_SET_GUEST_VCPUS =
            define(372, "DOMAIN_SET_GUEST_VCPUS", DomainSetGuestVcpusArgs.class, VOID);
    public static final RemoteProcedure<DomainSetVcpuArgs, XdrVoid> DOMAIN_SET_VCPU =
            define(384, "DOMAIN_SET_VCPU", DomainSetVcpuArgs.class, VOID);
    public static final RemoteProcedure<DomainSetBlockThresholdArgs, XdrVoid> DOMAIN_SET_BLOCK_THRESHOLD =
            define(386, "DOMAIN_SET_BLOCK_THRESHOLD", DomainSetBlockThresholdArgs.class, VOID);
    public static final RemoteProcedure<DomainMigrateGetMaxDowntimeArgs, DomainMigrateGetMaxDowntimeRet> DOMAIN_MIGRATE_GET_MAX_DOWNTIME =
            define(387, "DOMAIN_MIGRATE_GET_MAX_DOWNTIME", DomainMigrateGetMaxDowntimeArgs.class, DomainMigrateGetMaxDowntimeRet.class);
    public static final RemoteProcedure<DomainManagedSaveGetXmlDescArgs, DomainManagedSaveGetXmlDescRet>
            DOMAIN_MANAGED_SAVE_GET_XML_DESC = define(388, "DOMAIN_MANAGED_SAVE_GET_XML_DESC",
                    DomainManagedSaveGetXmlDescArgs.class, DomainManagedSaveGetXmlDescRet.class);
    public static final RemoteProcedure<DomainManagedSaveDefineXmlArgs, XdrVoid> DOMAIN_MANAGED_SAVE_DEFINE_XML =
            define(389, "DOMAIN_MANAGED_SAVE_DEFINE_XML", DomainManagedSaveDefineXmlArgs.class, VOID);
    public static final RemoteProcedure<DomainSetLifecycleActionArgs, XdrVoid> DOMAIN_SET_LIFECYCLE_ACTION =
            define(390, "DOMAIN_SET_LIFECYCLE_ACTION", DomainSetLifecycleActionArgs.class, VOID);
    public static final RemoteProcedure<DomainDetachDeviceAliasArgs, XdrVoid> DOMAIN_DETACH_DEVICE_ALIAS =
            define(392, "DOMAIN_DETACH_DEVICE_ALIAS", DomainDetachDeviceAliasArgs.class, VOID);
    public static final RemoteProcedure<DomainGetLaunchSecurityInfoArgs, DomainGetLaunchSecurityInfoRet> DOMAIN_GET_LAUNCH_SECURITY_INFO =
            define(396, "DOMAIN_GET_LAUNCH_SECURITY_INFO", DomainGetLaunchSecurityInfoArgs.class, DomainGetLaunchSecurityInfoRet.class);
    public static final RemoteProcedure<DomainSetIothreadParamsArgs, XdrVoid> DOMAIN_SET_IOTHREAD_PARAMS =
            define(402, "DOMAIN_SET_IOTHREAD_PARAMS", DomainSetIothreadParamsArgs.class, VOID);
    public static final RemoteProcedure<DomainGetGuestInfoArgs, DomainGetGuestInfoRet> DOMAIN_GET_GUEST_INFO =
            define(418, "DOMAIN_GET_GUEST_INFO", DomainGetGuestInfoArgs.class, DomainGetGuestInfoRet.class);
    public static final RemoteProcedure<DomainAgentSetResponseTimeoutArgs, DomainAgentSetResponseTimeoutRet> DOMAIN_AGENT_SET_RESPONSE_TIMEOUT =
            define(420, "DOMAIN_AGENT_SET_RESPONSE_TIMEOUT", DomainAgentSetResponseTimeoutArgs.class, DomainAgentSetResponseTimeoutRet.class);
    public static final RemoteProcedure<DomainAuthorizedSshKeysGetArgs, DomainAuthorizedSshKeysGetRet> DOMAIN_AUTHORIZED_SSH_KEYS_GET =
            define(424, "DOMAIN_AUTHORIZED_SSH_KEYS_GET", DomainAuthorizedSshKeysGetArgs.class, DomainAuthorizedSshKeysGetRet.class);
    public static final RemoteProcedure<DomainAuthorizedSshKeysSetArgs, XdrVoid> DOMAIN_AUTHORIZED_SSH_KEYS_SET =
            define(425, "DOMAIN_AUTHORIZED_SSH_KEYS_SET", DomainAuthorizedSshKeysSetArgs.class, VOID);
    public static final RemoteProcedure<DomainGetMessagesArgs, DomainGetMessagesRet> DOMAIN_GET_MESSAGES =
            define(426, "DOMAIN_GET_MESSAGES", DomainGetMessagesArgs.class, DomainGetMessagesRet.class);
    public static final RemoteProcedure<DomainStartDirtyRateCalcArgs, XdrVoid> DOMAIN_START_DIRTY_RATE_CALC =
            define(427, "DOMAIN_START_DIRTY_RATE_CALC", DomainStartDirtyRateCalcArgs.class, VOID);
    public static final RemoteProcedure<DomainSetLaunchSecurityStateArgs, XdrVoid> DOMAIN_SET_LAUNCH_SECURITY_STATE =
            define(439, "DOMAIN_SET_LAUNCH_SECURITY_STATE", DomainSetLaunchSecurityStateArgs.class, VOID);
    public static final RemoteProcedure<DomainAbortJobFlagsArgs, XdrVoid> DOMAIN_ABORT_JOB_FLAGS =
            define(442, "DOMAIN_ABORT_JOB_FLAGS", DomainAbortJobFlagsArgs.class, VOID);
}
