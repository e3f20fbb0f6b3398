package org.jvirt.rpc.remote;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE program's procedures, declared once (DESIGN.md rule 9): number, name (the C name minus
 * REMOTE_PROC_), argument and result layouts. Client stubs call {@code client.call(DOMAIN_SUSPEND, args)}
 * and the server's dispatch table registers {@code on(DOMAIN_SUSPEND, handler)}; both are typed by
 * {@code A} and {@code R}. Append-only: a number, once given, keeps its meaning. Events are procedures
 * too: the server sends their {@code args} as MESSAGE packets and there is no reply.
 *
 * @param <A> the arguments record (XdrVoid when none)
 * @param <R> the result record (XdrVoid when none)
 */
public final class RemoteProcedure<A, R> {

    private static final Map<Integer, RemoteProcedure<?, ?>> BY_NUMBER = new TreeMap<>();

    private static final Class<XdrVoid> VOID = XdrVoid.class;

    public static final RemoteProcedure<ConnectOpenArgs, XdrVoid> CONNECT_OPEN =
            define(1, "CONNECT_OPEN", ConnectOpenArgs.class, VOID);
    public static final RemoteProcedure<XdrVoid, XdrVoid> CONNECT_CLOSE =
            define(2, "CONNECT_CLOSE", VOID, VOID);
    public static final RemoteProcedure<XdrVoid, ConnectGetTypeRet> CONNECT_GET_TYPE =
            define(3, "CONNECT_GET_TYPE", VOID, ConnectGetTypeRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectGetVersionRet> CONNECT_GET_VERSION =
            define(4, "CONNECT_GET_VERSION", VOID, ConnectGetVersionRet.class);
    public static final RemoteProcedure<ConnectGetMaxVcpusArgs, ConnectGetMaxVcpusRet> CONNECT_GET_MAX_VCPUS =
            define(5, "CONNECT_GET_MAX_VCPUS", ConnectGetMaxVcpusArgs.class, ConnectGetMaxVcpusRet.class);
    public static final RemoteProcedure<XdrVoid, NodeGetInfoRet> NODE_GET_INFO =
            define(6, "NODE_GET_INFO", VOID, NodeGetInfoRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectGetCapabilitiesRet> CONNECT_GET_CAPABILITIES =
            define(7, "CONNECT_GET_CAPABILITIES", VOID, ConnectGetCapabilitiesRet.class);
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
    public static final RemoteProcedure<ConnectListDefinedNetworksArgs, ConnectListDefinedNetworksRet>
            CONNECT_LIST_DEFINED_NETWORKS = define(36, "CONNECT_LIST_DEFINED_NETWORKS",
                    ConnectListDefinedNetworksArgs.class, ConnectListDefinedNetworksRet.class);
    public static final RemoteProcedure<ConnectListDomainsArgs, ConnectListDomainsRet> CONNECT_LIST_DOMAINS =
            define(37, "CONNECT_LIST_DOMAINS", ConnectListDomainsArgs.class, ConnectListDomainsRet.class);
    public static final RemoteProcedure<ConnectListNetworksArgs, ConnectListNetworksRet> CONNECT_LIST_NETWORKS =
            define(38, "CONNECT_LIST_NETWORKS", ConnectListNetworksArgs.class, ConnectListNetworksRet.class);
    public static final RemoteProcedure<NetworkCreateArgs, XdrVoid> NETWORK_CREATE =
            define(39, "NETWORK_CREATE", NetworkCreateArgs.class, VOID);
    public static final RemoteProcedure<NetworkCreateXmlArgs, NetworkCreateXmlRet> NETWORK_CREATE_XML =
            define(40, "NETWORK_CREATE_XML", NetworkCreateXmlArgs.class, NetworkCreateXmlRet.class);
    public static final RemoteProcedure<NetworkDefineXmlArgs, NetworkDefineXmlRet> NETWORK_DEFINE_XML =
            define(41, "NETWORK_DEFINE_XML", NetworkDefineXmlArgs.class, NetworkDefineXmlRet.class);
    public static final RemoteProcedure<NetworkDestroyArgs, XdrVoid> NETWORK_DESTROY =
            define(42, "NETWORK_DESTROY", NetworkDestroyArgs.class, VOID);
    public static final RemoteProcedure<NetworkGetXmlDescArgs, NetworkGetXmlDescRet> NETWORK_GET_XML_DESC =
            define(43, "NETWORK_GET_XML_DESC", NetworkGetXmlDescArgs.class, NetworkGetXmlDescRet.class);
    public static final RemoteProcedure<NetworkGetAutostartArgs, NetworkGetAutostartRet> NETWORK_GET_AUTOSTART =
            define(44, "NETWORK_GET_AUTOSTART", NetworkGetAutostartArgs.class, NetworkGetAutostartRet.class);
    public static final RemoteProcedure<NetworkGetBridgeNameArgs, NetworkGetBridgeNameRet> NETWORK_GET_BRIDGE_NAME =
            define(45, "NETWORK_GET_BRIDGE_NAME", NetworkGetBridgeNameArgs.class, NetworkGetBridgeNameRet.class);
    public static final RemoteProcedure<NetworkLookupByNameArgs, NetworkLookupByNameRet> NETWORK_LOOKUP_BY_NAME =
            define(46, "NETWORK_LOOKUP_BY_NAME", NetworkLookupByNameArgs.class, NetworkLookupByNameRet.class);
    public static final RemoteProcedure<NetworkLookupByUuidArgs, NetworkLookupByUuidRet> NETWORK_LOOKUP_BY_UUID =
            define(47, "NETWORK_LOOKUP_BY_UUID", NetworkLookupByUuidArgs.class, NetworkLookupByUuidRet.class);
    public static final RemoteProcedure<NetworkSetAutostartArgs, XdrVoid> NETWORK_SET_AUTOSTART =
            define(48, "NETWORK_SET_AUTOSTART", NetworkSetAutostartArgs.class, VOID);
    public static final RemoteProcedure<NetworkUndefineArgs, XdrVoid> NETWORK_UNDEFINE =
            define(49, "NETWORK_UNDEFINE", NetworkUndefineArgs.class, VOID);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDefinedNetworksRet> CONNECT_NUM_OF_DEFINED_NETWORKS =
            define(50, "CONNECT_NUM_OF_DEFINED_NETWORKS", VOID, ConnectNumOfDefinedNetworksRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDomainsRet> CONNECT_NUM_OF_DOMAINS =
            define(51, "CONNECT_NUM_OF_DOMAINS", VOID, ConnectNumOfDomainsRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfNetworksRet> CONNECT_NUM_OF_NETWORKS =
            define(52, "CONNECT_NUM_OF_NETWORKS", VOID, ConnectNumOfNetworksRet.class);
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
    public static final RemoteProcedure<XdrVoid, ConnectGetHostnameRet> CONNECT_GET_HOSTNAME =
            define(59, "CONNECT_GET_HOSTNAME", VOID, ConnectGetHostnameRet.class);
    public static final RemoteProcedure<ConnectSupportsFeatureArgs, ConnectSupportsFeatureRet>
            CONNECT_SUPPORTS_FEATURE = define(60, "CONNECT_SUPPORTS_FEATURE",
                    ConnectSupportsFeatureArgs.class, ConnectSupportsFeatureRet.class);
    public static final RemoteProcedure<DomainBlockStatsArgs, DomainBlockStatsRet> DOMAIN_BLOCK_STATS =
            define(64, "DOMAIN_BLOCK_STATS", DomainBlockStatsArgs.class, DomainBlockStatsRet.class);
    public static final RemoteProcedure<DomainInterfaceStatsArgs, DomainInterfaceStatsRet> DOMAIN_INTERFACE_STATS =
            define(65, "DOMAIN_INTERFACE_STATS", DomainInterfaceStatsArgs.class, DomainInterfaceStatsRet.class);
    public static final RemoteProcedure<XdrVoid, AuthListRet> AUTH_LIST =
            define(66, "AUTH_LIST", VOID, AuthListRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfStoragePoolsRet> CONNECT_NUM_OF_STORAGE_POOLS =
            define(71, "CONNECT_NUM_OF_STORAGE_POOLS", VOID, ConnectNumOfStoragePoolsRet.class);
    public static final RemoteProcedure<ConnectListStoragePoolsArgs, ConnectListStoragePoolsRet>
            CONNECT_LIST_STORAGE_POOLS = define(72, "CONNECT_LIST_STORAGE_POOLS",
                    ConnectListStoragePoolsArgs.class, ConnectListStoragePoolsRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDefinedStoragePoolsRet>
            CONNECT_NUM_OF_DEFINED_STORAGE_POOLS = define(73, "CONNECT_NUM_OF_DEFINED_STORAGE_POOLS",
                    VOID, ConnectNumOfDefinedStoragePoolsRet.class);
    public static final RemoteProcedure<ConnectListDefinedStoragePoolsArgs, ConnectListDefinedStoragePoolsRet>
            CONNECT_LIST_DEFINED_STORAGE_POOLS = define(74, "CONNECT_LIST_DEFINED_STORAGE_POOLS",
                    ConnectListDefinedStoragePoolsArgs.class, ConnectListDefinedStoragePoolsRet.class);
    public static final RemoteProcedure<ConnectFindStoragePoolSourcesArgs, ConnectFindStoragePoolSourcesRet>
            CONNECT_FIND_STORAGE_POOL_SOURCES = define(75, "CONNECT_FIND_STORAGE_POOL_SOURCES",
                    ConnectFindStoragePoolSourcesArgs.class, ConnectFindStoragePoolSourcesRet.class);
    public static final RemoteProcedure<StoragePoolCreateXmlArgs, StoragePoolCreateXmlRet> STORAGE_POOL_CREATE_XML =
            define(76, "STORAGE_POOL_CREATE_XML", StoragePoolCreateXmlArgs.class, StoragePoolCreateXmlRet.class);
    public static final RemoteProcedure<StoragePoolDefineXmlArgs, StoragePoolDefineXmlRet> STORAGE_POOL_DEFINE_XML =
            define(77, "STORAGE_POOL_DEFINE_XML", StoragePoolDefineXmlArgs.class, StoragePoolDefineXmlRet.class);
    public static final RemoteProcedure<StoragePoolCreateArgs, XdrVoid> STORAGE_POOL_CREATE =
            define(78, "STORAGE_POOL_CREATE", StoragePoolCreateArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolBuildArgs, XdrVoid> STORAGE_POOL_BUILD =
            define(79, "STORAGE_POOL_BUILD", StoragePoolBuildArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolDestroyArgs, XdrVoid> STORAGE_POOL_DESTROY =
            define(80, "STORAGE_POOL_DESTROY", StoragePoolDestroyArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolDeleteArgs, XdrVoid> STORAGE_POOL_DELETE =
            define(81, "STORAGE_POOL_DELETE", StoragePoolDeleteArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolUndefineArgs, XdrVoid> STORAGE_POOL_UNDEFINE =
            define(82, "STORAGE_POOL_UNDEFINE", StoragePoolUndefineArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolRefreshArgs, XdrVoid> STORAGE_POOL_REFRESH =
            define(83, "STORAGE_POOL_REFRESH", StoragePoolRefreshArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolLookupByNameArgs, StoragePoolLookupByNameRet>
            STORAGE_POOL_LOOKUP_BY_NAME = define(84, "STORAGE_POOL_LOOKUP_BY_NAME",
                    StoragePoolLookupByNameArgs.class, StoragePoolLookupByNameRet.class);
    public static final RemoteProcedure<StoragePoolLookupByUuidArgs, StoragePoolLookupByUuidRet>
            STORAGE_POOL_LOOKUP_BY_UUID = define(85, "STORAGE_POOL_LOOKUP_BY_UUID",
                    StoragePoolLookupByUuidArgs.class, StoragePoolLookupByUuidRet.class);
    public static final RemoteProcedure<StoragePoolLookupByVolumeArgs, StoragePoolLookupByVolumeRet>
            STORAGE_POOL_LOOKUP_BY_VOLUME = define(86, "STORAGE_POOL_LOOKUP_BY_VOLUME",
                    StoragePoolLookupByVolumeArgs.class, StoragePoolLookupByVolumeRet.class);
    public static final RemoteProcedure<StoragePoolGetInfoArgs, StoragePoolGetInfoRet> STORAGE_POOL_GET_INFO =
            define(87, "STORAGE_POOL_GET_INFO", StoragePoolGetInfoArgs.class, StoragePoolGetInfoRet.class);
    public static final RemoteProcedure<StoragePoolGetXmlDescArgs, StoragePoolGetXmlDescRet> STORAGE_POOL_GET_XML_DESC =
            define(88, "STORAGE_POOL_GET_XML_DESC", StoragePoolGetXmlDescArgs.class, StoragePoolGetXmlDescRet.class);
    public static final RemoteProcedure<StoragePoolGetAutostartArgs, StoragePoolGetAutostartRet>
            STORAGE_POOL_GET_AUTOSTART = define(89, "STORAGE_POOL_GET_AUTOSTART",
                    StoragePoolGetAutostartArgs.class, StoragePoolGetAutostartRet.class);
    public static final RemoteProcedure<StoragePoolSetAutostartArgs, XdrVoid> STORAGE_POOL_SET_AUTOSTART =
            define(90, "STORAGE_POOL_SET_AUTOSTART", StoragePoolSetAutostartArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolNumOfVolumesArgs, StoragePoolNumOfVolumesRet>
            STORAGE_POOL_NUM_OF_VOLUMES = define(91, "STORAGE_POOL_NUM_OF_VOLUMES",
                    StoragePoolNumOfVolumesArgs.class, StoragePoolNumOfVolumesRet.class);
    public static final RemoteProcedure<StoragePoolListVolumesArgs, StoragePoolListVolumesRet>
            STORAGE_POOL_LIST_VOLUMES = define(92, "STORAGE_POOL_LIST_VOLUMES",
                    StoragePoolListVolumesArgs.class, StoragePoolListVolumesRet.class);
    public static final RemoteProcedure<StorageVolCreateXmlArgs, StorageVolCreateXmlRet> STORAGE_VOL_CREATE_XML =
            define(93, "STORAGE_VOL_CREATE_XML", StorageVolCreateXmlArgs.class, StorageVolCreateXmlRet.class);
    public static final RemoteProcedure<StorageVolDeleteArgs, XdrVoid> STORAGE_VOL_DELETE =
            define(94, "STORAGE_VOL_DELETE", StorageVolDeleteArgs.class, VOID);
    public static final RemoteProcedure<StorageVolLookupByNameArgs, StorageVolLookupByNameRet>
            STORAGE_VOL_LOOKUP_BY_NAME = define(95, "STORAGE_VOL_LOOKUP_BY_NAME",
                    StorageVolLookupByNameArgs.class, StorageVolLookupByNameRet.class);
    public static final RemoteProcedure<StorageVolLookupByKeyArgs, StorageVolLookupByKeyRet> STORAGE_VOL_LOOKUP_BY_KEY =
            define(96, "STORAGE_VOL_LOOKUP_BY_KEY", StorageVolLookupByKeyArgs.class, StorageVolLookupByKeyRet.class);
    public static final RemoteProcedure<StorageVolLookupByPathArgs, StorageVolLookupByPathRet>
            STORAGE_VOL_LOOKUP_BY_PATH = define(97, "STORAGE_VOL_LOOKUP_BY_PATH",
                    StorageVolLookupByPathArgs.class, StorageVolLookupByPathRet.class);
    public static final RemoteProcedure<StorageVolGetInfoArgs, StorageVolGetInfoRet> STORAGE_VOL_GET_INFO =
            define(98, "STORAGE_VOL_GET_INFO", StorageVolGetInfoArgs.class, StorageVolGetInfoRet.class);
    public static final RemoteProcedure<StorageVolGetXmlDescArgs, StorageVolGetXmlDescRet> STORAGE_VOL_GET_XML_DESC =
            define(99, "STORAGE_VOL_GET_XML_DESC", StorageVolGetXmlDescArgs.class, StorageVolGetXmlDescRet.class);
    public static final RemoteProcedure<StorageVolGetPathArgs, StorageVolGetPathRet> STORAGE_VOL_GET_PATH =
            define(100, "STORAGE_VOL_GET_PATH", StorageVolGetPathArgs.class, StorageVolGetPathRet.class);
    public static final RemoteProcedure<NodeGetCellsFreeMemoryArgs, NodeGetCellsFreeMemoryRet>
            NODE_GET_CELLS_FREE_MEMORY = define(101, "NODE_GET_CELLS_FREE_MEMORY",
                    NodeGetCellsFreeMemoryArgs.class, NodeGetCellsFreeMemoryRet.class);
    public static final RemoteProcedure<XdrVoid, NodeGetFreeMemoryRet> NODE_GET_FREE_MEMORY =
            define(102, "NODE_GET_FREE_MEMORY", VOID, NodeGetFreeMemoryRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectDomainEventRegisterRet> CONNECT_DOMAIN_EVENT_REGISTER =
            define(105, "CONNECT_DOMAIN_EVENT_REGISTER", VOID, ConnectDomainEventRegisterRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectDomainEventDeregisterRet> CONNECT_DOMAIN_EVENT_DEREGISTER =
            define(106, "CONNECT_DOMAIN_EVENT_DEREGISTER", VOID, ConnectDomainEventDeregisterRet.class);
    public static final RemoteProcedure<DomainEventLifecycleMsg, XdrVoid> DOMAIN_EVENT_LIFECYCLE =
            event(107, "DOMAIN_EVENT_LIFECYCLE", DomainEventLifecycleMsg.class);
    public static final RemoteProcedure<XdrVoid, ConnectGetUriRet> CONNECT_GET_URI =
            define(110, "CONNECT_GET_URI", VOID, ConnectGetUriRet.class);
    public static final RemoteProcedure<DomainGetSecurityLabelArgs, DomainGetSecurityLabelRet>
            DOMAIN_GET_SECURITY_LABEL = define(121, "DOMAIN_GET_SECURITY_LABEL",
                    DomainGetSecurityLabelArgs.class, DomainGetSecurityLabelRet.class);
    public static final RemoteProcedure<XdrVoid, NodeGetSecurityModelRet> NODE_GET_SECURITY_MODEL =
            define(122, "NODE_GET_SECURITY_MODEL", VOID, NodeGetSecurityModelRet.class);
    public static final RemoteProcedure<StorageVolCreateXmlFromArgs, StorageVolCreateXmlFromRet>
            STORAGE_VOL_CREATE_XML_FROM = define(125, "STORAGE_VOL_CREATE_XML_FROM",
                    StorageVolCreateXmlFromArgs.class, StorageVolCreateXmlFromRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectIsSecureRet> CONNECT_IS_SECURE =
            define(149, "CONNECT_IS_SECURE", VOID, ConnectIsSecureRet.class);
    public static final RemoteProcedure<DomainIsActiveArgs, DomainIsActiveRet> DOMAIN_IS_ACTIVE =
            define(150, "DOMAIN_IS_ACTIVE", DomainIsActiveArgs.class, DomainIsActiveRet.class);
    public static final RemoteProcedure<DomainIsPersistentArgs, DomainIsPersistentRet> DOMAIN_IS_PERSISTENT =
            define(151, "DOMAIN_IS_PERSISTENT", DomainIsPersistentArgs.class, DomainIsPersistentRet.class);
    public static final RemoteProcedure<NetworkIsActiveArgs, NetworkIsActiveRet> NETWORK_IS_ACTIVE =
            define(152, "NETWORK_IS_ACTIVE", NetworkIsActiveArgs.class, NetworkIsActiveRet.class);
    public static final RemoteProcedure<NetworkIsPersistentArgs, NetworkIsPersistentRet> NETWORK_IS_PERSISTENT =
            define(153, "NETWORK_IS_PERSISTENT", NetworkIsPersistentArgs.class, NetworkIsPersistentRet.class);
    public static final RemoteProcedure<StoragePoolIsActiveArgs, StoragePoolIsActiveRet> STORAGE_POOL_IS_ACTIVE =
            define(154, "STORAGE_POOL_IS_ACTIVE", StoragePoolIsActiveArgs.class, StoragePoolIsActiveRet.class);
    public static final RemoteProcedure<StoragePoolIsPersistentArgs, StoragePoolIsPersistentRet>
            STORAGE_POOL_IS_PERSISTENT = define(155, "STORAGE_POOL_IS_PERSISTENT",
                    StoragePoolIsPersistentArgs.class, StoragePoolIsPersistentRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectGetLibVersionRet> CONNECT_GET_LIB_VERSION =
            define(157, "CONNECT_GET_LIB_VERSION", VOID, ConnectGetLibVersionRet.class);
    public static final RemoteProcedure<DomainMemoryStatsArgs, DomainMemoryStatsRet> DOMAIN_MEMORY_STATS =
            define(159, "DOMAIN_MEMORY_STATS", DomainMemoryStatsArgs.class, DomainMemoryStatsRet.class);
    public static final RemoteProcedure<DomainAttachDeviceFlagsArgs, XdrVoid> DOMAIN_ATTACH_DEVICE_FLAGS =
            define(160, "DOMAIN_ATTACH_DEVICE_FLAGS", DomainAttachDeviceFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainDetachDeviceFlagsArgs, XdrVoid> DOMAIN_DETACH_DEVICE_FLAGS =
            define(161, "DOMAIN_DETACH_DEVICE_FLAGS", DomainDetachDeviceFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainGetJobInfoArgs, DomainGetJobInfoRet> DOMAIN_GET_JOB_INFO =
            define(163, "DOMAIN_GET_JOB_INFO", DomainGetJobInfoArgs.class, DomainGetJobInfoRet.class);
    public static final RemoteProcedure<StorageVolWipeArgs, XdrVoid> STORAGE_VOL_WIPE =
            define(165, "STORAGE_VOL_WIPE", StorageVolWipeArgs.class, VOID);
    public static final RemoteProcedure<ConnectDomainEventRegisterAnyArgs, XdrVoid> CONNECT_DOMAIN_EVENT_REGISTER_ANY =
            define(167, "CONNECT_DOMAIN_EVENT_REGISTER_ANY", ConnectDomainEventRegisterAnyArgs.class, VOID);
    public static final RemoteProcedure<ConnectDomainEventDeregisterAnyArgs, XdrVoid>
            CONNECT_DOMAIN_EVENT_DEREGISTER_ANY = define(168, "CONNECT_DOMAIN_EVENT_DEREGISTER_ANY",
                    ConnectDomainEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<DomainEventRebootMsg, XdrVoid> DOMAIN_EVENT_REBOOT =
            event(169, "DOMAIN_EVENT_REBOOT", DomainEventRebootMsg.class);
    public static final RemoteProcedure<DomainUpdateDeviceFlagsArgs, XdrVoid> DOMAIN_UPDATE_DEVICE_FLAGS =
            define(174, "DOMAIN_UPDATE_DEVICE_FLAGS", DomainUpdateDeviceFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainManagedSaveArgs, XdrVoid> DOMAIN_MANAGED_SAVE =
            define(182, "DOMAIN_MANAGED_SAVE", DomainManagedSaveArgs.class, VOID);
    public static final RemoteProcedure<DomainHasManagedSaveImageArgs, DomainHasManagedSaveImageRet>
            DOMAIN_HAS_MANAGED_SAVE_IMAGE = define(183, "DOMAIN_HAS_MANAGED_SAVE_IMAGE",
                    DomainHasManagedSaveImageArgs.class, DomainHasManagedSaveImageRet.class);
    public static final RemoteProcedure<DomainManagedSaveRemoveArgs, XdrVoid> DOMAIN_MANAGED_SAVE_REMOVE =
            define(184, "DOMAIN_MANAGED_SAVE_REMOVE", DomainManagedSaveRemoveArgs.class, VOID);
    public static final RemoteProcedure<DomainSnapshotCreateXmlArgs, DomainSnapshotCreateXmlRet>
            DOMAIN_SNAPSHOT_CREATE_XML = define(185, "DOMAIN_SNAPSHOT_CREATE_XML",
                    DomainSnapshotCreateXmlArgs.class, DomainSnapshotCreateXmlRet.class);
    public static final RemoteProcedure<DomainSnapshotGetXmlDescArgs, DomainSnapshotGetXmlDescRet>
            DOMAIN_SNAPSHOT_GET_XML_DESC = define(186, "DOMAIN_SNAPSHOT_GET_XML_DESC",
                    DomainSnapshotGetXmlDescArgs.class, DomainSnapshotGetXmlDescRet.class);
    public static final RemoteProcedure<DomainSnapshotNumArgs, DomainSnapshotNumRet> DOMAIN_SNAPSHOT_NUM =
            define(187, "DOMAIN_SNAPSHOT_NUM", DomainSnapshotNumArgs.class, DomainSnapshotNumRet.class);
    public static final RemoteProcedure<DomainSnapshotListNamesArgs, DomainSnapshotListNamesRet>
            DOMAIN_SNAPSHOT_LIST_NAMES = define(188, "DOMAIN_SNAPSHOT_LIST_NAMES",
                    DomainSnapshotListNamesArgs.class, DomainSnapshotListNamesRet.class);
    public static final RemoteProcedure<DomainSnapshotLookupByNameArgs, DomainSnapshotLookupByNameRet>
            DOMAIN_SNAPSHOT_LOOKUP_BY_NAME = define(189, "DOMAIN_SNAPSHOT_LOOKUP_BY_NAME",
                    DomainSnapshotLookupByNameArgs.class, DomainSnapshotLookupByNameRet.class);
    public static final RemoteProcedure<DomainHasCurrentSnapshotArgs, DomainHasCurrentSnapshotRet>
            DOMAIN_HAS_CURRENT_SNAPSHOT = define(190, "DOMAIN_HAS_CURRENT_SNAPSHOT",
                    DomainHasCurrentSnapshotArgs.class, DomainHasCurrentSnapshotRet.class);
    public static final RemoteProcedure<DomainSnapshotCurrentArgs, DomainSnapshotCurrentRet> DOMAIN_SNAPSHOT_CURRENT =
            define(191, "DOMAIN_SNAPSHOT_CURRENT", DomainSnapshotCurrentArgs.class, DomainSnapshotCurrentRet.class);
    public static final RemoteProcedure<DomainRevertToSnapshotArgs, XdrVoid> DOMAIN_REVERT_TO_SNAPSHOT =
            define(192, "DOMAIN_REVERT_TO_SNAPSHOT", DomainRevertToSnapshotArgs.class, VOID);
    public static final RemoteProcedure<DomainSnapshotDeleteArgs, XdrVoid> DOMAIN_SNAPSHOT_DELETE =
            define(193, "DOMAIN_SNAPSHOT_DELETE", DomainSnapshotDeleteArgs.class, VOID);
    public static final RemoteProcedure<DomainGetBlockInfoArgs, DomainGetBlockInfoRet> DOMAIN_GET_BLOCK_INFO =
            define(194, "DOMAIN_GET_BLOCK_INFO", DomainGetBlockInfoArgs.class, DomainGetBlockInfoRet.class);
    public static final RemoteProcedure<DomainCreateWithFlagsArgs, DomainCreateWithFlagsRet> DOMAIN_CREATE_WITH_FLAGS =
            define(196, "DOMAIN_CREATE_WITH_FLAGS", DomainCreateWithFlagsArgs.class, DomainCreateWithFlagsRet.class);
    public static final RemoteProcedure<DomainSetVcpusFlagsArgs, XdrVoid> DOMAIN_SET_VCPUS_FLAGS =
            define(199, "DOMAIN_SET_VCPUS_FLAGS", DomainSetVcpusFlagsArgs.class, VOID);
    public static final RemoteProcedure<DomainGetVcpusFlagsArgs, DomainGetVcpusFlagsRet> DOMAIN_GET_VCPUS_FLAGS =
            define(200, "DOMAIN_GET_VCPUS_FLAGS", DomainGetVcpusFlagsArgs.class, DomainGetVcpusFlagsRet.class);
    public static final RemoteProcedure<DomainOpenConsoleArgs, XdrVoid> DOMAIN_OPEN_CONSOLE =
            stream(201, "DOMAIN_OPEN_CONSOLE", DomainOpenConsoleArgs.class, VOID, StreamKind.FROM_SERVER);
    public static final RemoteProcedure<DomainIsUpdatedArgs, DomainIsUpdatedRet> DOMAIN_IS_UPDATED =
            define(202, "DOMAIN_IS_UPDATED", DomainIsUpdatedArgs.class, DomainIsUpdatedRet.class);
    public static final RemoteProcedure<ConnectGetSysinfoArgs, ConnectGetSysinfoRet> CONNECT_GET_SYSINFO =
            define(203, "CONNECT_GET_SYSINFO", ConnectGetSysinfoArgs.class, ConnectGetSysinfoRet.class);
    public static final RemoteProcedure<DomainSetMemoryFlagsArgs, XdrVoid> DOMAIN_SET_MEMORY_FLAGS =
            define(204, "DOMAIN_SET_MEMORY_FLAGS", DomainSetMemoryFlagsArgs.class, VOID);
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
    public static final RemoteProcedure<NodeGetCpuStatsArgs, NodeGetCpuStatsRet> NODE_GET_CPU_STATS =
            define(227, "NODE_GET_CPU_STATS", NodeGetCpuStatsArgs.class, NodeGetCpuStatsRet.class);
    public static final RemoteProcedure<NodeGetMemoryStatsArgs, NodeGetMemoryStatsRet> NODE_GET_MEMORY_STATS =
            define(228, "NODE_GET_MEMORY_STATS", NodeGetMemoryStatsArgs.class, NodeGetMemoryStatsRet.class);
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
    public static final RemoteProcedure<DomainBlockStatsFlagsArgs, DomainBlockStatsFlagsRet> DOMAIN_BLOCK_STATS_FLAGS =
            define(243, "DOMAIN_BLOCK_STATS_FLAGS", DomainBlockStatsFlagsArgs.class, DomainBlockStatsFlagsRet.class);
    public static final RemoteProcedure<DomainSnapshotGetParentArgs, DomainSnapshotGetParentRet>
            DOMAIN_SNAPSHOT_GET_PARENT = define(244, "DOMAIN_SNAPSHOT_GET_PARENT",
                    DomainSnapshotGetParentArgs.class, DomainSnapshotGetParentRet.class);
    public static final RemoteProcedure<DomainResetArgs, XdrVoid> DOMAIN_RESET =
            define(245, "DOMAIN_RESET", DomainResetArgs.class, VOID);
    public static final RemoteProcedure<DomainSnapshotNumChildrenArgs, DomainSnapshotNumChildrenRet>
            DOMAIN_SNAPSHOT_NUM_CHILDREN = define(246, "DOMAIN_SNAPSHOT_NUM_CHILDREN",
                    DomainSnapshotNumChildrenArgs.class, DomainSnapshotNumChildrenRet.class);
    public static final RemoteProcedure<DomainSnapshotListChildrenNamesArgs, DomainSnapshotListChildrenNamesRet>
            DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES = define(247, "DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES",
                    DomainSnapshotListChildrenNamesArgs.class, DomainSnapshotListChildrenNamesRet.class);
    public static final RemoteProcedure<DomainShutdownFlagsArgs, XdrVoid> DOMAIN_SHUTDOWN_FLAGS =
            define(258, "DOMAIN_SHUTDOWN_FLAGS", DomainShutdownFlagsArgs.class, VOID);
    public static final RemoteProcedure<StorageVolWipePatternArgs, XdrVoid> STORAGE_VOL_WIPE_PATTERN =
            define(259, "STORAGE_VOL_WIPE_PATTERN", StorageVolWipePatternArgs.class, VOID);
    public static final RemoteProcedure<StorageVolResizeArgs, XdrVoid> STORAGE_VOL_RESIZE =
            define(260, "STORAGE_VOL_RESIZE", StorageVolResizeArgs.class, VOID);
    public static final RemoteProcedure<DomainGetDiskErrorsArgs, DomainGetDiskErrorsRet> DOMAIN_GET_DISK_ERRORS =
            define(263, "DOMAIN_GET_DISK_ERRORS", DomainGetDiskErrorsArgs.class, DomainGetDiskErrorsRet.class);
    public static final RemoteProcedure<DomainSetMetadataArgs, XdrVoid> DOMAIN_SET_METADATA =
            define(264, "DOMAIN_SET_METADATA", DomainSetMetadataArgs.class, VOID);
    public static final RemoteProcedure<DomainGetMetadataArgs, DomainGetMetadataRet> DOMAIN_GET_METADATA =
            define(265, "DOMAIN_GET_METADATA", DomainGetMetadataArgs.class, DomainGetMetadataRet.class);
    public static final RemoteProcedure<DomainSnapshotIsCurrentArgs, DomainSnapshotIsCurrentRet>
            DOMAIN_SNAPSHOT_IS_CURRENT = define(271, "DOMAIN_SNAPSHOT_IS_CURRENT",
                    DomainSnapshotIsCurrentArgs.class, DomainSnapshotIsCurrentRet.class);
    public static final RemoteProcedure<DomainSnapshotHasMetadataArgs, DomainSnapshotHasMetadataRet>
            DOMAIN_SNAPSHOT_HAS_METADATA = define(272, "DOMAIN_SNAPSHOT_HAS_METADATA",
                    DomainSnapshotHasMetadataArgs.class, DomainSnapshotHasMetadataRet.class);
    public static final RemoteProcedure<ConnectListAllDomainsArgs, ConnectListAllDomainsRet> CONNECT_LIST_ALL_DOMAINS =
            define(273, "CONNECT_LIST_ALL_DOMAINS", ConnectListAllDomainsArgs.class, ConnectListAllDomainsRet.class);
    public static final RemoteProcedure<DomainListAllSnapshotsArgs, DomainListAllSnapshotsRet>
            DOMAIN_LIST_ALL_SNAPSHOTS = define(274, "DOMAIN_LIST_ALL_SNAPSHOTS",
                    DomainListAllSnapshotsArgs.class, DomainListAllSnapshotsRet.class);
    public static final RemoteProcedure<DomainSnapshotListAllChildrenArgs, DomainSnapshotListAllChildrenRet>
            DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN = define(275, "DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN",
                    DomainSnapshotListAllChildrenArgs.class, DomainSnapshotListAllChildrenRet.class);
    public static final RemoteProcedure<DomainGetHostnameArgs, DomainGetHostnameRet> DOMAIN_GET_HOSTNAME =
            define(277, "DOMAIN_GET_HOSTNAME", DomainGetHostnameArgs.class, DomainGetHostnameRet.class);
    public static final RemoteProcedure<DomainGetSecurityLabelListArgs, DomainGetSecurityLabelListRet>
            DOMAIN_GET_SECURITY_LABEL_LIST = define(278, "DOMAIN_GET_SECURITY_LABEL_LIST",
                    DomainGetSecurityLabelListArgs.class, DomainGetSecurityLabelListRet.class);
    public static final RemoteProcedure<ConnectListAllStoragePoolsArgs, ConnectListAllStoragePoolsRet>
            CONNECT_LIST_ALL_STORAGE_POOLS = define(281, "CONNECT_LIST_ALL_STORAGE_POOLS",
                    ConnectListAllStoragePoolsArgs.class, ConnectListAllStoragePoolsRet.class);
    public static final RemoteProcedure<StoragePoolListAllVolumesArgs, StoragePoolListAllVolumesRet>
            STORAGE_POOL_LIST_ALL_VOLUMES = define(282, "STORAGE_POOL_LIST_ALL_VOLUMES",
                    StoragePoolListAllVolumesArgs.class, StoragePoolListAllVolumesRet.class);
    public static final RemoteProcedure<ConnectListAllNetworksArgs, ConnectListAllNetworksRet>
            CONNECT_LIST_ALL_NETWORKS = define(283, "CONNECT_LIST_ALL_NETWORKS",
                    ConnectListAllNetworksArgs.class, ConnectListAllNetworksRet.class);
    public static final RemoteProcedure<NodeGetCpuMapArgs, NodeGetCpuMapRet> NODE_GET_CPU_MAP =
            define(293, "NODE_GET_CPU_MAP", NodeGetCpuMapArgs.class, NodeGetCpuMapRet.class);
    public static final RemoteProcedure<DomainGetJobStatsArgs, DomainGetJobStatsRet> DOMAIN_GET_JOB_STATS =
            define(298, "DOMAIN_GET_JOB_STATS", DomainGetJobStatsArgs.class, DomainGetJobStatsRet.class);
    public static final RemoteProcedure<DomainSetMemoryStatsPeriodArgs, XdrVoid> DOMAIN_SET_MEMORY_STATS_PERIOD =
            define(308, "DOMAIN_SET_MEMORY_STATS_PERIOD", DomainSetMemoryStatsPeriodArgs.class, VOID);
    public static final RemoteProcedure<ConnectNetworkEventRegisterAnyArgs, ConnectNetworkEventRegisterAnyRet>
            CONNECT_NETWORK_EVENT_REGISTER_ANY = define(313, "CONNECT_NETWORK_EVENT_REGISTER_ANY",
                    ConnectNetworkEventRegisterAnyArgs.class, ConnectNetworkEventRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectNetworkEventDeregisterAnyArgs, XdrVoid>
            CONNECT_NETWORK_EVENT_DEREGISTER_ANY = define(314, "CONNECT_NETWORK_EVENT_DEREGISTER_ANY",
                    ConnectNetworkEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<NetworkEventLifecycleMsg, XdrVoid> NETWORK_EVENT_LIFECYCLE =
            event(315, "NETWORK_EVENT_LIFECYCLE", NetworkEventLifecycleMsg.class);
    public static final
            RemoteProcedure<ConnectDomainEventCallbackRegisterAnyArgs, ConnectDomainEventCallbackRegisterAnyRet>
            CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY = define(316, "CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY",
                    ConnectDomainEventCallbackRegisterAnyArgs.class, ConnectDomainEventCallbackRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectDomainEventCallbackDeregisterAnyArgs, XdrVoid>
            CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY = define(317, "CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY",
                    ConnectDomainEventCallbackDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<DomainEventCallbackLifecycleMsg, XdrVoid> DOMAIN_EVENT_CALLBACK_LIFECYCLE =
            event(318, "DOMAIN_EVENT_CALLBACK_LIFECYCLE", DomainEventCallbackLifecycleMsg.class);
    public static final RemoteProcedure<DomainEventCallbackRebootMsg, XdrVoid> DOMAIN_EVENT_CALLBACK_REBOOT =
            event(319, "DOMAIN_EVENT_CALLBACK_REBOOT", DomainEventCallbackRebootMsg.class);
    public static final RemoteProcedure<DomainCoreDumpWithFormatArgs, XdrVoid> DOMAIN_CORE_DUMP_WITH_FORMAT =
            define(334, "DOMAIN_CORE_DUMP_WITH_FORMAT", DomainCoreDumpWithFormatArgs.class, VOID);
    public static final RemoteProcedure<DomainGetTimeArgs, DomainGetTimeRet> DOMAIN_GET_TIME =
            define(337, "DOMAIN_GET_TIME", DomainGetTimeArgs.class, DomainGetTimeRet.class);
    public static final RemoteProcedure<ConnectGetDomainCapabilitiesArgs, ConnectGetDomainCapabilitiesRet>
            CONNECT_GET_DOMAIN_CAPABILITIES = define(342, "CONNECT_GET_DOMAIN_CAPABILITIES",
                    ConnectGetDomainCapabilitiesArgs.class, ConnectGetDomainCapabilitiesRet.class);
    public static final RemoteProcedure<DomainDefineXmlFlagsArgs, DomainDefineXmlFlagsRet> DOMAIN_DEFINE_XML_FLAGS =
            define(350, "DOMAIN_DEFINE_XML_FLAGS", DomainDefineXmlFlagsArgs.class, DomainDefineXmlFlagsRet.class);
    public static final RemoteProcedure<XdrVoid, XdrVoid> CONNECT_REGISTER_CLOSE_CALLBACK =
            define(360, "CONNECT_REGISTER_CLOSE_CALLBACK", VOID, VOID);
    public static final RemoteProcedure<XdrVoid, XdrVoid> CONNECT_UNREGISTER_CLOSE_CALLBACK =
            define(361, "CONNECT_UNREGISTER_CLOSE_CALLBACK", VOID, VOID);
    public static final RemoteProcedure<ConnectEventConnectionClosedMsg, XdrVoid> CONNECT_EVENT_CONNECTION_CLOSED =
            event(362, "CONNECT_EVENT_CONNECTION_CLOSED", ConnectEventConnectionClosedMsg.class);
    public static final RemoteProcedure<DomainEventCallbackMetadataChangeMsg, XdrVoid>
            DOMAIN_EVENT_CALLBACK_METADATA_CHANGE = event(379, "DOMAIN_EVENT_CALLBACK_METADATA_CHANGE",
                    DomainEventCallbackMetadataChangeMsg.class);
    public static final RemoteProcedure<DomainDetachDeviceAliasArgs, XdrVoid> DOMAIN_DETACH_DEVICE_ALIAS =
            define(392, "DOMAIN_DETACH_DEVICE_ALIAS", DomainDetachDeviceAliasArgs.class, VOID);
    public static final RemoteProcedure<DomainGetMessagesArgs, DomainGetMessagesRet> DOMAIN_GET_MESSAGES =
            define(426, "DOMAIN_GET_MESSAGES", DomainGetMessagesArgs.class, DomainGetMessagesRet.class);
    public static final RemoteProcedure<NetworkDefineXmlFlagsArgs, NetworkDefineXmlFlagsRet> NETWORK_DEFINE_XML_FLAGS =
            define(432, "NETWORK_DEFINE_XML_FLAGS", NetworkDefineXmlFlagsArgs.class, NetworkDefineXmlFlagsRet.class);
    public static final RemoteProcedure<NetworkCreateXmlFlagsArgs, NetworkCreateXmlFlagsRet> NETWORK_CREATE_XML_FLAGS =
            define(437, "NETWORK_CREATE_XML_FLAGS", NetworkCreateXmlFlagsArgs.class, NetworkCreateXmlFlagsRet.class);
    public static final RemoteProcedure<ConnectGetStoragePoolCapabilitiesArgs, ConnectGetStoragePoolCapabilitiesRet>
            CONNECT_GET_STORAGE_POOL_CAPABILITIES = define(403, "CONNECT_GET_STORAGE_POOL_CAPABILITIES",
                    ConnectGetStoragePoolCapabilitiesArgs.class, ConnectGetStoragePoolCapabilitiesRet.class);
    public static final RemoteProcedure<StorageVolUploadArgs, XdrVoid> STORAGE_VOL_UPLOAD =
            stream(208, "STORAGE_VOL_UPLOAD", StorageVolUploadArgs.class, VOID, StreamKind.TO_SERVER);
    public static final RemoteProcedure<StorageVolDownloadArgs, XdrVoid> STORAGE_VOL_DOWNLOAD =
            stream(209, "STORAGE_VOL_DOWNLOAD", StorageVolDownloadArgs.class, VOID, StreamKind.FROM_SERVER);

    // ---- tuning: memory/blkio/NUMA parameters, perf events, lifecycle actions, emulator pin, rename ----
    public static final RemoteProcedure<DomainSetMemoryParametersArgs, XdrVoid> DOMAIN_SET_MEMORY_PARAMETERS =
            define(197, "DOMAIN_SET_MEMORY_PARAMETERS", DomainSetMemoryParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainGetMemoryParametersArgs, DomainGetMemoryParametersRet> DOMAIN_GET_MEMORY_PARAMETERS =
            define(198, "DOMAIN_GET_MEMORY_PARAMETERS", DomainGetMemoryParametersArgs.class, DomainGetMemoryParametersRet.class);
    public static final RemoteProcedure<DomainSetBlkioParametersArgs, XdrVoid> DOMAIN_SET_BLKIO_PARAMETERS =
            define(205, "DOMAIN_SET_BLKIO_PARAMETERS", DomainSetBlkioParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainGetBlkioParametersArgs, DomainGetBlkioParametersRet> DOMAIN_GET_BLKIO_PARAMETERS =
            define(206, "DOMAIN_GET_BLKIO_PARAMETERS", DomainGetBlkioParametersArgs.class, DomainGetBlkioParametersRet.class);
    public static final RemoteProcedure<DomainSetNumaParametersArgs, XdrVoid> DOMAIN_SET_NUMA_PARAMETERS =
            define(254, "DOMAIN_SET_NUMA_PARAMETERS", DomainSetNumaParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainGetNumaParametersArgs, DomainGetNumaParametersRet> DOMAIN_GET_NUMA_PARAMETERS =
            define(255, "DOMAIN_GET_NUMA_PARAMETERS", DomainGetNumaParametersArgs.class, DomainGetNumaParametersRet.class);
    public static final RemoteProcedure<DomainPinEmulatorArgs, XdrVoid> DOMAIN_PIN_EMULATOR =
            define(279, "DOMAIN_PIN_EMULATOR", DomainPinEmulatorArgs.class, VOID);
    public static final RemoteProcedure<DomainGetEmulatorPinInfoArgs, DomainGetEmulatorPinInfoRet> DOMAIN_GET_EMULATOR_PIN_INFO =
            define(280, "DOMAIN_GET_EMULATOR_PIN_INFO", DomainGetEmulatorPinInfoArgs.class, DomainGetEmulatorPinInfoRet.class);
    public static final RemoteProcedure<DomainRenameArgs, DomainRenameRet> DOMAIN_RENAME =
            define(358, "DOMAIN_RENAME", DomainRenameArgs.class, DomainRenameRet.class);
    public static final RemoteProcedure<DomainGetPerfEventsArgs, DomainGetPerfEventsRet> DOMAIN_GET_PERF_EVENTS =
            define(365, "DOMAIN_GET_PERF_EVENTS", DomainGetPerfEventsArgs.class, DomainGetPerfEventsRet.class);
    public static final RemoteProcedure<DomainSetPerfEventsArgs, XdrVoid> DOMAIN_SET_PERF_EVENTS =
            define(366, "DOMAIN_SET_PERF_EVENTS", DomainSetPerfEventsArgs.class, VOID);
    public static final RemoteProcedure<DomainSetLifecycleActionArgs, XdrVoid> DOMAIN_SET_LIFECYCLE_ACTION =
            define(390, "DOMAIN_SET_LIFECYCLE_ACTION", DomainSetLifecycleActionArgs.class, VOID);

    // ---- guest: keys, NMI, signals, passwords, filesystems, interface addresses, CPU statistics ----
    public static final RemoteProcedure<DomainInjectNmiArgs, XdrVoid> DOMAIN_INJECT_NMI =
            define(210, "DOMAIN_INJECT_NMI", DomainInjectNmiArgs.class, VOID);
    public static final RemoteProcedure<DomainSendKeyArgs, XdrVoid> DOMAIN_SEND_KEY =
            define(226, "DOMAIN_SEND_KEY", DomainSendKeyArgs.class, VOID);
    public static final RemoteProcedure<DomainGetCpuStatsArgs, DomainGetCpuStatsRet> DOMAIN_GET_CPU_STATS =
            define(262, "DOMAIN_GET_CPU_STATS", DomainGetCpuStatsArgs.class, DomainGetCpuStatsRet.class);
    public static final RemoteProcedure<DomainFstrimArgs, XdrVoid> DOMAIN_FSTRIM =
            define(294, "DOMAIN_FSTRIM", DomainFstrimArgs.class, VOID);
    public static final RemoteProcedure<DomainSendProcessSignalArgs, XdrVoid> DOMAIN_SEND_PROCESS_SIGNAL =
            define(295, "DOMAIN_SEND_PROCESS_SIGNAL", DomainSendProcessSignalArgs.class, VOID);
    public static final RemoteProcedure<DomainFsfreezeArgs, DomainFsfreezeRet> DOMAIN_FSFREEZE =
            define(335, "DOMAIN_FSFREEZE", DomainFsfreezeArgs.class, DomainFsfreezeRet.class);
    public static final RemoteProcedure<DomainFsthawArgs, DomainFsthawRet> DOMAIN_FSTHAW =
            define(336, "DOMAIN_FSTHAW", DomainFsthawArgs.class, DomainFsthawRet.class);
    public static final RemoteProcedure<DomainGetFsinfoArgs, DomainGetFsinfoRet> DOMAIN_GET_FSINFO =
            define(349, "DOMAIN_GET_FSINFO", DomainGetFsinfoArgs.class, DomainGetFsinfoRet.class);
    public static final RemoteProcedure<DomainInterfaceAddressesArgs, DomainInterfaceAddressesRet> DOMAIN_INTERFACE_ADDRESSES =
            define(353, "DOMAIN_INTERFACE_ADDRESSES", DomainInterfaceAddressesArgs.class, DomainInterfaceAddressesRet.class);
    public static final RemoteProcedure<DomainSetUserPasswordArgs, XdrVoid> DOMAIN_SET_USER_PASSWORD =
            define(357, "DOMAIN_SET_USER_PASSWORD", DomainSetUserPasswordArgs.class, VOID);

    // ---- IOThreads and bulk domain statistics ----
    public static final RemoteProcedure<ConnectGetAllDomainStatsArgs, ConnectGetAllDomainStatsRet> CONNECT_GET_ALL_DOMAIN_STATS =
            define(344, "CONNECT_GET_ALL_DOMAIN_STATS", ConnectGetAllDomainStatsArgs.class, ConnectGetAllDomainStatsRet.class);
    public static final RemoteProcedure<DomainGetIothreadInfoArgs, DomainGetIothreadInfoRet> DOMAIN_GET_IOTHREAD_INFO =
            define(351, "DOMAIN_GET_IOTHREAD_INFO", DomainGetIothreadInfoArgs.class, DomainGetIothreadInfoRet.class);
    public static final RemoteProcedure<DomainPinIothreadArgs, XdrVoid> DOMAIN_PIN_IOTHREAD =
            define(352, "DOMAIN_PIN_IOTHREAD", DomainPinIothreadArgs.class, VOID);
    public static final RemoteProcedure<DomainAddIothreadArgs, XdrVoid> DOMAIN_ADD_IOTHREAD =
            define(355, "DOMAIN_ADD_IOTHREAD", DomainAddIothreadArgs.class, VOID);
    public static final RemoteProcedure<DomainDelIothreadArgs, XdrVoid> DOMAIN_DEL_IOTHREAD =
            define(356, "DOMAIN_DEL_IOTHREAD", DomainDelIothreadArgs.class, VOID);
    public static final RemoteProcedure<DomainSetIothreadParamsArgs, XdrVoid> DOMAIN_SET_IOTHREAD_PARAMS =
            define(402, "DOMAIN_SET_IOTHREAD_PARAMS", DomainSetIothreadParamsArgs.class, VOID);

    // ---- guest agent, power management and launch security (errors only on the test driver) ----
    public static final RemoteProcedure<DomainAbortJobArgs, XdrVoid> DOMAIN_ABORT_JOB =
            define(164, "DOMAIN_ABORT_JOB", DomainAbortJobArgs.class, VOID);
    public static final RemoteProcedure<DomainPmSuspendForDurationArgs, XdrVoid> DOMAIN_PM_SUSPEND_FOR_DURATION =
            define(261, "DOMAIN_PM_SUSPEND_FOR_DURATION", DomainPmSuspendForDurationArgs.class, VOID);
    public static final RemoteProcedure<DomainPmWakeupArgs, XdrVoid> DOMAIN_PM_WAKEUP =
            define(267, "DOMAIN_PM_WAKEUP", DomainPmWakeupArgs.class, VOID);
    public static final RemoteProcedure<DomainGetGuestVcpusArgs, DomainGetGuestVcpusRet> DOMAIN_GET_GUEST_VCPUS =
            define(371, "DOMAIN_GET_GUEST_VCPUS", DomainGetGuestVcpusArgs.class, DomainGetGuestVcpusRet.class);
    public static final RemoteProcedure<DomainSetGuestVcpusArgs, XdrVoid> DOMAIN_SET_GUEST_VCPUS =
            define(372, "DOMAIN_SET_GUEST_VCPUS", DomainSetGuestVcpusArgs.class, VOID);
    public static final RemoteProcedure<DomainSetVcpuArgs, XdrVoid> DOMAIN_SET_VCPU =
            define(384, "DOMAIN_SET_VCPU", DomainSetVcpuArgs.class, VOID);
    public static final RemoteProcedure<DomainSetBlockThresholdArgs, XdrVoid> DOMAIN_SET_BLOCK_THRESHOLD =
            define(386, "DOMAIN_SET_BLOCK_THRESHOLD", DomainSetBlockThresholdArgs.class, VOID);
    public static final RemoteProcedure<DomainGetLaunchSecurityInfoArgs, DomainGetLaunchSecurityInfoRet> DOMAIN_GET_LAUNCH_SECURITY_INFO =
            define(396, "DOMAIN_GET_LAUNCH_SECURITY_INFO", DomainGetLaunchSecurityInfoArgs.class, DomainGetLaunchSecurityInfoRet.class);
    public static final RemoteProcedure<DomainGetGuestInfoArgs, DomainGetGuestInfoRet> DOMAIN_GET_GUEST_INFO =
            define(418, "DOMAIN_GET_GUEST_INFO", DomainGetGuestInfoArgs.class, DomainGetGuestInfoRet.class);
    public static final RemoteProcedure<DomainAgentSetResponseTimeoutArgs, DomainAgentSetResponseTimeoutRet> DOMAIN_AGENT_SET_RESPONSE_TIMEOUT =
            define(420, "DOMAIN_AGENT_SET_RESPONSE_TIMEOUT", DomainAgentSetResponseTimeoutArgs.class, DomainAgentSetResponseTimeoutRet.class);
    public static final RemoteProcedure<DomainAuthorizedSshKeysGetArgs, DomainAuthorizedSshKeysGetRet> DOMAIN_AUTHORIZED_SSH_KEYS_GET =
            define(424, "DOMAIN_AUTHORIZED_SSH_KEYS_GET", DomainAuthorizedSshKeysGetArgs.class, DomainAuthorizedSshKeysGetRet.class);
    public static final RemoteProcedure<DomainAuthorizedSshKeysSetArgs, XdrVoid> DOMAIN_AUTHORIZED_SSH_KEYS_SET =
            define(425, "DOMAIN_AUTHORIZED_SSH_KEYS_SET", DomainAuthorizedSshKeysSetArgs.class, VOID);
    public static final RemoteProcedure<DomainStartDirtyRateCalcArgs, XdrVoid> DOMAIN_START_DIRTY_RATE_CALC =
            define(427, "DOMAIN_START_DIRTY_RATE_CALC", DomainStartDirtyRateCalcArgs.class, VOID);
    public static final RemoteProcedure<DomainSetLaunchSecurityStateArgs, XdrVoid> DOMAIN_SET_LAUNCH_SECURITY_STATE =
            define(439, "DOMAIN_SET_LAUNCH_SECURITY_STATE", DomainSetLaunchSecurityStateArgs.class, VOID);
    public static final RemoteProcedure<DomainAbortJobFlagsArgs, XdrVoid> DOMAIN_ABORT_JOB_FLAGS =
            define(442, "DOMAIN_ABORT_JOB_FLAGS", DomainAbortJobFlagsArgs.class, VOID);
    // ---- host interfaces (remote_protocol.x numbers) ----
    public static final RemoteProcedure<XdrVoid, ConnectNumOfInterfacesRet> CONNECT_NUM_OF_INTERFACES =
            define(126, "CONNECT_NUM_OF_INTERFACES", VOID, ConnectNumOfInterfacesRet.class);
    public static final RemoteProcedure<ConnectListInterfacesArgs, ConnectListInterfacesRet> CONNECT_LIST_INTERFACES =
            define(127, "CONNECT_LIST_INTERFACES", ConnectListInterfacesArgs.class, ConnectListInterfacesRet.class);
    public static final RemoteProcedure<InterfaceLookupByNameArgs, InterfaceLookupByNameRet> INTERFACE_LOOKUP_BY_NAME =
            define(128, "INTERFACE_LOOKUP_BY_NAME", InterfaceLookupByNameArgs.class, InterfaceLookupByNameRet.class);
    public static final RemoteProcedure<InterfaceLookupByMacStringArgs, InterfaceLookupByMacStringRet> INTERFACE_LOOKUP_BY_MAC_STRING =
            define(129, "INTERFACE_LOOKUP_BY_MAC_STRING", InterfaceLookupByMacStringArgs.class, InterfaceLookupByMacStringRet.class);
    public static final RemoteProcedure<InterfaceGetXmlDescArgs, InterfaceGetXmlDescRet> INTERFACE_GET_XML_DESC =
            define(130, "INTERFACE_GET_XML_DESC", InterfaceGetXmlDescArgs.class, InterfaceGetXmlDescRet.class);
    public static final RemoteProcedure<InterfaceDefineXmlArgs, InterfaceDefineXmlRet> INTERFACE_DEFINE_XML =
            define(131, "INTERFACE_DEFINE_XML", InterfaceDefineXmlArgs.class, InterfaceDefineXmlRet.class);
    public static final RemoteProcedure<InterfaceUndefineArgs, XdrVoid> INTERFACE_UNDEFINE =
            define(132, "INTERFACE_UNDEFINE", InterfaceUndefineArgs.class, VOID);
    public static final RemoteProcedure<InterfaceCreateArgs, XdrVoid> INTERFACE_CREATE =
            define(133, "INTERFACE_CREATE", InterfaceCreateArgs.class, VOID);
    public static final RemoteProcedure<InterfaceDestroyArgs, XdrVoid> INTERFACE_DESTROY =
            define(134, "INTERFACE_DESTROY", InterfaceDestroyArgs.class, VOID);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDefinedInterfacesRet> CONNECT_NUM_OF_DEFINED_INTERFACES =
            define(137, "CONNECT_NUM_OF_DEFINED_INTERFACES", VOID, ConnectNumOfDefinedInterfacesRet.class);
    public static final RemoteProcedure<ConnectListDefinedInterfacesArgs, ConnectListDefinedInterfacesRet> CONNECT_LIST_DEFINED_INTERFACES =
            define(138, "CONNECT_LIST_DEFINED_INTERFACES", ConnectListDefinedInterfacesArgs.class, ConnectListDefinedInterfacesRet.class);
    public static final RemoteProcedure<InterfaceIsActiveArgs, InterfaceIsActiveRet> INTERFACE_IS_ACTIVE =
            define(156, "INTERFACE_IS_ACTIVE", InterfaceIsActiveArgs.class, InterfaceIsActiveRet.class);
    public static final RemoteProcedure<InterfaceChangeBeginArgs, XdrVoid> INTERFACE_CHANGE_BEGIN =
            define(220, "INTERFACE_CHANGE_BEGIN", InterfaceChangeBeginArgs.class, VOID);
    public static final RemoteProcedure<InterfaceChangeCommitArgs, XdrVoid> INTERFACE_CHANGE_COMMIT =
            define(221, "INTERFACE_CHANGE_COMMIT", InterfaceChangeCommitArgs.class, VOID);
    public static final RemoteProcedure<InterfaceChangeRollbackArgs, XdrVoid> INTERFACE_CHANGE_ROLLBACK =
            define(222, "INTERFACE_CHANGE_ROLLBACK", InterfaceChangeRollbackArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllInterfacesArgs, ConnectListAllInterfacesRet> CONNECT_LIST_ALL_INTERFACES =
            define(284, "CONNECT_LIST_ALL_INTERFACES", ConnectListAllInterfacesArgs.class, ConnectListAllInterfacesRet.class);

    // ---- node devices (remote_protocol.x numbers; 428-436 probed on libvirtd 9.0) ----
    public static final RemoteProcedure<NodeNumOfDevicesArgs, NodeNumOfDevicesRet> NODE_NUM_OF_DEVICES =
            define(111, "NODE_NUM_OF_DEVICES", NodeNumOfDevicesArgs.class, NodeNumOfDevicesRet.class);
    public static final RemoteProcedure<NodeListDevicesArgs, NodeListDevicesRet> NODE_LIST_DEVICES =
            define(112, "NODE_LIST_DEVICES", NodeListDevicesArgs.class, NodeListDevicesRet.class);
    public static final RemoteProcedure<NodeDeviceLookupByNameArgs, NodeDeviceLookupByNameRet> NODE_DEVICE_LOOKUP_BY_NAME =
            define(113, "NODE_DEVICE_LOOKUP_BY_NAME", NodeDeviceLookupByNameArgs.class, NodeDeviceLookupByNameRet.class);
    public static final RemoteProcedure<NodeDeviceGetXmlDescArgs, NodeDeviceGetXmlDescRet> NODE_DEVICE_GET_XML_DESC =
            define(114, "NODE_DEVICE_GET_XML_DESC", NodeDeviceGetXmlDescArgs.class, NodeDeviceGetXmlDescRet.class);
    public static final RemoteProcedure<NodeDeviceGetParentArgs, NodeDeviceGetParentRet> NODE_DEVICE_GET_PARENT =
            define(115, "NODE_DEVICE_GET_PARENT", NodeDeviceGetParentArgs.class, NodeDeviceGetParentRet.class);
    public static final RemoteProcedure<NodeDeviceNumOfCapsArgs, NodeDeviceNumOfCapsRet> NODE_DEVICE_NUM_OF_CAPS =
            define(116, "NODE_DEVICE_NUM_OF_CAPS", NodeDeviceNumOfCapsArgs.class, NodeDeviceNumOfCapsRet.class);
    public static final RemoteProcedure<NodeDeviceListCapsArgs, NodeDeviceListCapsRet> NODE_DEVICE_LIST_CAPS =
            define(117, "NODE_DEVICE_LIST_CAPS", NodeDeviceListCapsArgs.class, NodeDeviceListCapsRet.class);
    public static final RemoteProcedure<NodeDeviceDettachArgs, XdrVoid> NODE_DEVICE_DETTACH =
            define(118, "NODE_DEVICE_DETTACH", NodeDeviceDettachArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceReAttachArgs, XdrVoid> NODE_DEVICE_RE_ATTACH =
            define(119, "NODE_DEVICE_RE_ATTACH", NodeDeviceReAttachArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceResetArgs, XdrVoid> NODE_DEVICE_RESET =
            define(120, "NODE_DEVICE_RESET", NodeDeviceResetArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceCreateXmlArgs, NodeDeviceCreateXmlRet> NODE_DEVICE_CREATE_XML =
            define(123, "NODE_DEVICE_CREATE_XML", NodeDeviceCreateXmlArgs.class, NodeDeviceCreateXmlRet.class);
    public static final RemoteProcedure<NodeDeviceDestroyArgs, XdrVoid> NODE_DEVICE_DESTROY =
            define(124, "NODE_DEVICE_DESTROY", NodeDeviceDestroyArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllNodeDevicesArgs, ConnectListAllNodeDevicesRet> CONNECT_LIST_ALL_NODE_DEVICES =
            define(285, "CONNECT_LIST_ALL_NODE_DEVICES", ConnectListAllNodeDevicesArgs.class, ConnectListAllNodeDevicesRet.class);
    public static final RemoteProcedure<NodeDeviceLookupScsiHostByWwnArgs, NodeDeviceLookupScsiHostByWwnRet> NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN =
            define(297, "NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN", NodeDeviceLookupScsiHostByWwnArgs.class, NodeDeviceLookupScsiHostByWwnRet.class);
    public static final RemoteProcedure<NodeDeviceDetachFlagsArgs, XdrVoid> NODE_DEVICE_DETACH_FLAGS =
            define(301, "NODE_DEVICE_DETACH_FLAGS", NodeDeviceDetachFlagsArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceDefineXmlArgs, NodeDeviceDefineXmlRet> NODE_DEVICE_DEFINE_XML =
            define(428, "NODE_DEVICE_DEFINE_XML", NodeDeviceDefineXmlArgs.class, NodeDeviceDefineXmlRet.class);
    public static final RemoteProcedure<NodeDeviceUndefineArgs, XdrVoid> NODE_DEVICE_UNDEFINE =
            define(429, "NODE_DEVICE_UNDEFINE", NodeDeviceUndefineArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceCreateArgs, XdrVoid> NODE_DEVICE_CREATE =
            define(430, "NODE_DEVICE_CREATE", NodeDeviceCreateArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceGetAutostartArgs, NodeDeviceGetAutostartRet> NODE_DEVICE_GET_AUTOSTART =
            define(433, "NODE_DEVICE_GET_AUTOSTART", NodeDeviceGetAutostartArgs.class, NodeDeviceGetAutostartRet.class);
    public static final RemoteProcedure<NodeDeviceSetAutostartArgs, XdrVoid> NODE_DEVICE_SET_AUTOSTART =
            define(434, "NODE_DEVICE_SET_AUTOSTART", NodeDeviceSetAutostartArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceIsPersistentArgs, NodeDeviceIsPersistentRet> NODE_DEVICE_IS_PERSISTENT =
            define(435, "NODE_DEVICE_IS_PERSISTENT", NodeDeviceIsPersistentArgs.class, NodeDeviceIsPersistentRet.class);
    public static final RemoteProcedure<NodeDeviceIsActiveArgs, NodeDeviceIsActiveRet> NODE_DEVICE_IS_ACTIVE =
            define(436, "NODE_DEVICE_IS_ACTIVE", NodeDeviceIsActiveArgs.class, NodeDeviceIsActiveRet.class);
    public static final RemoteProcedure<ConnectNodeDeviceEventRegisterAnyArgs, ConnectNodeDeviceEventRegisterAnyRet>
            CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY = define(374, "CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY",
                    ConnectNodeDeviceEventRegisterAnyArgs.class, ConnectNodeDeviceEventRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectNodeDeviceEventDeregisterAnyArgs, XdrVoid>
            CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY = define(375, "CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY",
                    ConnectNodeDeviceEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceEventLifecycleMsg, XdrVoid> NODE_DEVICE_EVENT_LIFECYCLE =
            event(376, "NODE_DEVICE_EVENT_LIFECYCLE", NodeDeviceEventLifecycleMsg.class);
    public static final RemoteProcedure<NodeDeviceEventUpdateMsg, XdrVoid> NODE_DEVICE_EVENT_UPDATE =
            event(377, "NODE_DEVICE_EVENT_UPDATE", NodeDeviceEventUpdateMsg.class);
    // domain checkpoints (libvirt 5.6); numbers as libvirtd 9.0 answers them
    public static final RemoteProcedure<DomainCheckpointCreateXmlArgs, DomainCheckpointCreateXmlRet>
            DOMAIN_CHECKPOINT_CREATE_XML = define(411, "DOMAIN_CHECKPOINT_CREATE_XML",
                    DomainCheckpointCreateXmlArgs.class, DomainCheckpointCreateXmlRet.class);
    public static final RemoteProcedure<DomainCheckpointGetXmlDescArgs, DomainCheckpointGetXmlDescRet>
            DOMAIN_CHECKPOINT_GET_XML_DESC = define(412, "DOMAIN_CHECKPOINT_GET_XML_DESC",
                    DomainCheckpointGetXmlDescArgs.class, DomainCheckpointGetXmlDescRet.class);
    public static final RemoteProcedure<DomainListAllCheckpointsArgs, DomainListAllCheckpointsRet>
            DOMAIN_LIST_ALL_CHECKPOINTS = define(413, "DOMAIN_LIST_ALL_CHECKPOINTS",
                    DomainListAllCheckpointsArgs.class, DomainListAllCheckpointsRet.class);
    public static final RemoteProcedure<DomainCheckpointListAllChildrenArgs, DomainCheckpointListAllChildrenRet>
            DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN = define(414, "DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN",
                    DomainCheckpointListAllChildrenArgs.class, DomainCheckpointListAllChildrenRet.class);
    public static final RemoteProcedure<DomainCheckpointLookupByNameArgs, DomainCheckpointLookupByNameRet>
            DOMAIN_CHECKPOINT_LOOKUP_BY_NAME = define(415, "DOMAIN_CHECKPOINT_LOOKUP_BY_NAME",
                    DomainCheckpointLookupByNameArgs.class, DomainCheckpointLookupByNameRet.class);
    public static final RemoteProcedure<DomainCheckpointGetParentArgs, DomainCheckpointGetParentRet>
            DOMAIN_CHECKPOINT_GET_PARENT = define(416, "DOMAIN_CHECKPOINT_GET_PARENT",
                    DomainCheckpointGetParentArgs.class, DomainCheckpointGetParentRet.class);
    public static final RemoteProcedure<DomainCheckpointDeleteArgs, XdrVoid> DOMAIN_CHECKPOINT_DELETE =
            define(417, "DOMAIN_CHECKPOINT_DELETE", DomainCheckpointDeleteArgs.class, VOID);

    // ---- storage pool events ----
    public static final RemoteProcedure<ConnectStoragePoolEventRegisterAnyArgs, ConnectStoragePoolEventRegisterAnyRet>
            CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY = define(368, "CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY",
                    ConnectStoragePoolEventRegisterAnyArgs.class, ConnectStoragePoolEventRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectStoragePoolEventDeregisterAnyArgs, XdrVoid>
            CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY = define(369, "CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY",
                    ConnectStoragePoolEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolEventLifecycleMsg, XdrVoid> STORAGE_POOL_EVENT_LIFECYCLE =
            event(370, "STORAGE_POOL_EVENT_LIFECYCLE", StoragePoolEventLifecycleMsg.class);
    public static final RemoteProcedure<StoragePoolEventRefreshMsg, XdrVoid> STORAGE_POOL_EVENT_REFRESH =
            event(373, "STORAGE_POOL_EVENT_REFRESH", StoragePoolEventRefreshMsg.class);

    // ---- per-device tuning: interface bandwidth, disk I/O throttling ----
    public static final RemoteProcedure<DomainSetBlockIoTuneArgs, XdrVoid> DOMAIN_SET_BLOCK_IO_TUNE =
            define(252, "DOMAIN_SET_BLOCK_IO_TUNE", DomainSetBlockIoTuneArgs.class, VOID);
    public static final RemoteProcedure<DomainGetBlockIoTuneArgs, DomainGetBlockIoTuneRet> DOMAIN_GET_BLOCK_IO_TUNE =
            define(253, "DOMAIN_GET_BLOCK_IO_TUNE", DomainGetBlockIoTuneArgs.class, DomainGetBlockIoTuneRet.class);
    public static final RemoteProcedure<DomainSetInterfaceParametersArgs, XdrVoid> DOMAIN_SET_INTERFACE_PARAMETERS =
            define(256, "DOMAIN_SET_INTERFACE_PARAMETERS", DomainSetInterfaceParametersArgs.class, VOID);
    public static final RemoteProcedure<DomainGetInterfaceParametersArgs, DomainGetInterfaceParametersRet>
            DOMAIN_GET_INTERFACE_PARAMETERS = define(257, "DOMAIN_GET_INTERFACE_PARAMETERS",
                    DomainGetInterfaceParametersArgs.class, DomainGetInterfaceParametersRet.class);

    // ---- host, save images, network update/ports, secrets and nwfilters (numbers from virsh 9.0's own calls) ----
    public static final RemoteProcedure<ConnectDomainXmlFromNativeArgs, ConnectDomainXmlFromNativeRet>
            CONNECT_DOMAIN_XML_FROM_NATIVE = define(135, "CONNECT_DOMAIN_XML_FROM_NATIVE",
                    ConnectDomainXmlFromNativeArgs.class, ConnectDomainXmlFromNativeRet.class);
    public static final RemoteProcedure<ConnectDomainXmlToNativeArgs, ConnectDomainXmlToNativeRet>
            CONNECT_DOMAIN_XML_TO_NATIVE = define(136, "CONNECT_DOMAIN_XML_TO_NATIVE",
                    ConnectDomainXmlToNativeArgs.class, ConnectDomainXmlToNativeRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfSecretsRet> CONNECT_NUM_OF_SECRETS =
            define(139, "CONNECT_NUM_OF_SECRETS", VOID, ConnectNumOfSecretsRet.class);
    public static final RemoteProcedure<SecretLookupByUuidArgs, SecretLookupByUuidRet> SECRET_LOOKUP_BY_UUID =
            define(141, "SECRET_LOOKUP_BY_UUID", SecretLookupByUuidArgs.class, SecretLookupByUuidRet.class);
    public static final RemoteProcedure<SecretDefineXmlArgs, SecretDefineXmlRet> SECRET_DEFINE_XML =
            define(142, "SECRET_DEFINE_XML", SecretDefineXmlArgs.class, SecretDefineXmlRet.class);
    public static final RemoteProcedure<ConnectCompareCpuArgs, ConnectCompareCpuRet> CONNECT_COMPARE_CPU =
            define(158, "CONNECT_COMPARE_CPU", ConnectCompareCpuArgs.class, ConnectCompareCpuRet.class);
    public static final RemoteProcedure<ConnectBaselineCpuArgs, ConnectBaselineCpuRet> CONNECT_BASELINE_CPU =
            define(162, "CONNECT_BASELINE_CPU", ConnectBaselineCpuArgs.class, ConnectBaselineCpuRet.class);
    public static final RemoteProcedure<NwfilterLookupByNameArgs, NwfilterLookupByNameRet> NWFILTER_LOOKUP_BY_NAME =
            define(175, "NWFILTER_LOOKUP_BY_NAME", NwfilterLookupByNameArgs.class, NwfilterLookupByNameRet.class);
    public static final RemoteProcedure<NwfilterLookupByUuidArgs, NwfilterLookupByUuidRet> NWFILTER_LOOKUP_BY_UUID =
            define(176, "NWFILTER_LOOKUP_BY_UUID", NwfilterLookupByUuidArgs.class, NwfilterLookupByUuidRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfNwfiltersRet> CONNECT_NUM_OF_NWFILTERS =
            define(178, "CONNECT_NUM_OF_NWFILTERS", VOID, ConnectNumOfNwfiltersRet.class);
    public static final RemoteProcedure<NwfilterDefineXmlArgs, NwfilterDefineXmlRet> NWFILTER_DEFINE_XML =
            define(180, "NWFILTER_DEFINE_XML", NwfilterDefineXmlArgs.class, NwfilterDefineXmlRet.class);
    public static final RemoteProcedure<DomainSaveImageGetXmlDescArgs, DomainSaveImageGetXmlDescRet>
            DOMAIN_SAVE_IMAGE_GET_XML_DESC = define(235, "DOMAIN_SAVE_IMAGE_GET_XML_DESC",
                    DomainSaveImageGetXmlDescArgs.class, DomainSaveImageGetXmlDescRet.class);
    public static final RemoteProcedure<DomainSaveImageDefineXmlArgs, XdrVoid> DOMAIN_SAVE_IMAGE_DEFINE_XML =
            define(236, "DOMAIN_SAVE_IMAGE_DEFINE_XML", DomainSaveImageDefineXmlArgs.class, VOID);
    public static final RemoteProcedure<NodeSuspendForDurationArgs, XdrVoid> NODE_SUSPEND_FOR_DURATION =
            define(250, "NODE_SUSPEND_FOR_DURATION", NodeSuspendForDurationArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllNwfiltersArgs, ConnectListAllNwfiltersRet>
            CONNECT_LIST_ALL_NWFILTERS = define(286, "CONNECT_LIST_ALL_NWFILTERS",
                    ConnectListAllNwfiltersArgs.class, ConnectListAllNwfiltersRet.class);
    public static final RemoteProcedure<ConnectListAllSecretsArgs, ConnectListAllSecretsRet>
            CONNECT_LIST_ALL_SECRETS = define(287, "CONNECT_LIST_ALL_SECRETS",
                    ConnectListAllSecretsArgs.class, ConnectListAllSecretsRet.class);
    public static final RemoteProcedure<NodeSetMemoryParametersArgs, XdrVoid> NODE_SET_MEMORY_PARAMETERS =
            define(288, "NODE_SET_MEMORY_PARAMETERS", NodeSetMemoryParametersArgs.class, VOID);
    public static final RemoteProcedure<NodeGetMemoryParametersArgs, NodeGetMemoryParametersRet>
            NODE_GET_MEMORY_PARAMETERS = define(289, "NODE_GET_MEMORY_PARAMETERS",
                    NodeGetMemoryParametersArgs.class, NodeGetMemoryParametersRet.class);
    public static final RemoteProcedure<NetworkUpdateArgs, XdrVoid> NETWORK_UPDATE =
            define(291, "NETWORK_UPDATE", NetworkUpdateArgs.class, VOID);
    public static final RemoteProcedure<ConnectGetCpuModelNamesArgs, ConnectGetCpuModelNamesRet>
            CONNECT_GET_CPU_MODEL_NAMES = define(312, "CONNECT_GET_CPU_MODEL_NAMES",
                    ConnectGetCpuModelNamesArgs.class, ConnectGetCpuModelNamesRet.class);
    public static final RemoteProcedure<NodeGetFreePagesArgs, NodeGetFreePagesRet> NODE_GET_FREE_PAGES =
            define(340, "NODE_GET_FREE_PAGES", NodeGetFreePagesArgs.class, NodeGetFreePagesRet.class);
    public static final RemoteProcedure<NetworkGetDhcpLeasesArgs, NetworkGetDhcpLeasesRet> NETWORK_GET_DHCP_LEASES =
            define(341, "NETWORK_GET_DHCP_LEASES", NetworkGetDhcpLeasesArgs.class, NetworkGetDhcpLeasesRet.class);
    public static final RemoteProcedure<NodeAllocPagesArgs, NodeAllocPagesRet> NODE_ALLOC_PAGES =
            define(347, "NODE_ALLOC_PAGES", NodeAllocPagesArgs.class, NodeAllocPagesRet.class);
    public static final RemoteProcedure<ConnectSecretEventRegisterAnyArgs, ConnectSecretEventRegisterAnyRet>
            CONNECT_SECRET_EVENT_REGISTER_ANY = define(380, "CONNECT_SECRET_EVENT_REGISTER_ANY",
                    ConnectSecretEventRegisterAnyArgs.class, ConnectSecretEventRegisterAnyRet.class);
    public static final RemoteProcedure<DomainManagedSaveGetXmlDescArgs, DomainManagedSaveGetXmlDescRet>
            DOMAIN_MANAGED_SAVE_GET_XML_DESC = define(388, "DOMAIN_MANAGED_SAVE_GET_XML_DESC",
                    DomainManagedSaveGetXmlDescArgs.class, DomainManagedSaveGetXmlDescRet.class);
    public static final RemoteProcedure<DomainManagedSaveDefineXmlArgs, XdrVoid> DOMAIN_MANAGED_SAVE_DEFINE_XML =
            define(389, "DOMAIN_MANAGED_SAVE_DEFINE_XML", DomainManagedSaveDefineXmlArgs.class, VOID);
    public static final RemoteProcedure<ConnectCompareHypervisorCpuArgs, ConnectCompareHypervisorCpuRet>
            CONNECT_COMPARE_HYPERVISOR_CPU = define(393, "CONNECT_COMPARE_HYPERVISOR_CPU",
                    ConnectCompareHypervisorCpuArgs.class, ConnectCompareHypervisorCpuRet.class);
    public static final RemoteProcedure<ConnectBaselineHypervisorCpuArgs, ConnectBaselineHypervisorCpuRet>
            CONNECT_BASELINE_HYPERVISOR_CPU = define(394, "CONNECT_BASELINE_HYPERVISOR_CPU",
                    ConnectBaselineHypervisorCpuArgs.class, ConnectBaselineHypervisorCpuRet.class);
    public static final RemoteProcedure<NodeGetSevInfoArgs, NodeGetSevInfoRet> NODE_GET_SEV_INFO =
            define(395, "NODE_GET_SEV_INFO", NodeGetSevInfoArgs.class, NodeGetSevInfoRet.class);
    public static final RemoteProcedure<NwfilterBindingLookupByPortDevArgs, NwfilterBindingLookupByPortDevRet>
            NWFILTER_BINDING_LOOKUP_BY_PORT_DEV = define(397, "NWFILTER_BINDING_LOOKUP_BY_PORT_DEV",
                    NwfilterBindingLookupByPortDevArgs.class, NwfilterBindingLookupByPortDevRet.class);
    public static final RemoteProcedure<NwfilterBindingCreateXmlArgs, NwfilterBindingCreateXmlRet>
            NWFILTER_BINDING_CREATE_XML = define(399, "NWFILTER_BINDING_CREATE_XML",
                    NwfilterBindingCreateXmlArgs.class, NwfilterBindingCreateXmlRet.class);
    public static final RemoteProcedure<ConnectListAllNwfilterBindingsArgs, ConnectListAllNwfilterBindingsRet>
            CONNECT_LIST_ALL_NWFILTER_BINDINGS = define(401, "CONNECT_LIST_ALL_NWFILTER_BINDINGS",
                    ConnectListAllNwfilterBindingsArgs.class, ConnectListAllNwfilterBindingsRet.class);
    public static final RemoteProcedure<NwfilterDefineXmlFlagsArgs, NwfilterDefineXmlFlagsRet> NWFILTER_DEFINE_XML_FLAGS =
            define(431, "NWFILTER_DEFINE_XML_FLAGS", NwfilterDefineXmlFlagsArgs.class, NwfilterDefineXmlFlagsRet.class);
    public static final RemoteProcedure<NetworkListAllPortsArgs, NetworkListAllPortsRet> NETWORK_LIST_ALL_PORTS =
            define(404, "NETWORK_LIST_ALL_PORTS", NetworkListAllPortsArgs.class, NetworkListAllPortsRet.class);
    public static final RemoteProcedure<NetworkPortLookupByUuidArgs, NetworkPortLookupByUuidRet>
            NETWORK_PORT_LOOKUP_BY_UUID = define(405, "NETWORK_PORT_LOOKUP_BY_UUID",
                    NetworkPortLookupByUuidArgs.class, NetworkPortLookupByUuidRet.class);
    public static final RemoteProcedure<NetworkPortCreateXmlArgs, NetworkPortCreateXmlRet> NETWORK_PORT_CREATE_XML =
            define(406, "NETWORK_PORT_CREATE_XML", NetworkPortCreateXmlArgs.class, NetworkPortCreateXmlRet.class);

    // block jobs, migration tuning and backups (numbers as libvirt 9.0 sends them)
    public static final RemoteProcedure<DomainMigrateSetMaxDowntimeArgs, XdrVoid> DOMAIN_MIGRATE_SET_MAX_DOWNTIME =
            define(166, "DOMAIN_MIGRATE_SET_MAX_DOWNTIME", DomainMigrateSetMaxDowntimeArgs.class, VOID);
    public static final RemoteProcedure<DomainMigrateSetMaxSpeedArgs, XdrVoid> DOMAIN_MIGRATE_SET_MAX_SPEED =
            define(207, "DOMAIN_MIGRATE_SET_MAX_SPEED", DomainMigrateSetMaxSpeedArgs.class, VOID);
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
    public static final RemoteProcedure<DomainBlockResizeArgs, XdrVoid> DOMAIN_BLOCK_RESIZE =
            define(251, "DOMAIN_BLOCK_RESIZE", DomainBlockResizeArgs.class, VOID);
    public static final RemoteProcedure<DomainBlockRebaseArgs, XdrVoid> DOMAIN_BLOCK_REBASE =
            define(266, "DOMAIN_BLOCK_REBASE", DomainBlockRebaseArgs.class, VOID);
    public static final RemoteProcedure<DomainBlockCommitArgs, XdrVoid> DOMAIN_BLOCK_COMMIT =
            define(290, "DOMAIN_BLOCK_COMMIT", DomainBlockCommitArgs.class, VOID);
    public static final RemoteProcedure<DomainMigrateGetCompressionCacheArgs, DomainMigrateGetCompressionCacheRet> DOMAIN_MIGRATE_GET_COMPRESSION_CACHE =
            define(299, "DOMAIN_MIGRATE_GET_COMPRESSION_CACHE", DomainMigrateGetCompressionCacheArgs.class, DomainMigrateGetCompressionCacheRet.class);
    public static final RemoteProcedure<DomainMigrateSetCompressionCacheArgs, XdrVoid> DOMAIN_MIGRATE_SET_COMPRESSION_CACHE =
            define(300, "DOMAIN_MIGRATE_SET_COMPRESSION_CACHE", DomainMigrateSetCompressionCacheArgs.class, VOID);
    public static final RemoteProcedure<DomainBlockCopyArgs, XdrVoid> DOMAIN_BLOCK_COPY =
            define(345, "DOMAIN_BLOCK_COPY", DomainBlockCopyArgs.class, VOID);
    public static final RemoteProcedure<DomainMigrateStartPostCopyArgs, XdrVoid> DOMAIN_MIGRATE_START_POST_COPY =
            define(364, "DOMAIN_MIGRATE_START_POST_COPY", DomainMigrateStartPostCopyArgs.class, VOID);
    public static final RemoteProcedure<DomainMigrateGetMaxDowntimeArgs, DomainMigrateGetMaxDowntimeRet> DOMAIN_MIGRATE_GET_MAX_DOWNTIME =
            define(387, "DOMAIN_MIGRATE_GET_MAX_DOWNTIME", DomainMigrateGetMaxDowntimeArgs.class, DomainMigrateGetMaxDowntimeRet.class);
    public static final RemoteProcedure<DomainBackupBeginArgs, XdrVoid> DOMAIN_BACKUP_BEGIN =
            define(421, "DOMAIN_BACKUP_BEGIN", DomainBackupBeginArgs.class, VOID);
    public static final RemoteProcedure<DomainBackupGetXmlDescArgs, DomainBackupGetXmlDescRet> DOMAIN_BACKUP_GET_XML_DESC =
            define(422, "DOMAIN_BACKUP_GET_XML_DESC", DomainBackupGetXmlDescArgs.class, DomainBackupGetXmlDescRet.class);
    public static final RemoteProcedure<DomainScreenshotArgs, DomainScreenshotRet> DOMAIN_SCREENSHOT =
            stream(211, "DOMAIN_SCREENSHOT", DomainScreenshotArgs.class, DomainScreenshotRet.class, StreamKind.FROM_SERVER);

    /**
     * Whether a call opens a stream on its serial, and which way its data flows (libvirt's @readstream /
     * @writestream annotations: FROM_SERVER is a readstream, e.g. a console's output; consoles carry data
     * both ways all the same).
     */
    public enum StreamKind {
        NONE, FROM_SERVER, TO_SERVER
    }

    private final int number;
    private final String name;
    private final Class<A> args;
    private final Class<R> ret;
    private final boolean event;
    private final StreamKind stream;

    private RemoteProcedure(int number, String name, Class<A> args, Class<R> ret, boolean event, StreamKind stream) {
        this.number = number;
        this.name = name;
        this.args = args;
        this.ret = ret;
        this.event = event;
        this.stream = stream;
    }

    private static <A, R> RemoteProcedure<A, R> define(int number, String name, Class<A> args, Class<R> ret) {
        return register(new RemoteProcedure<>(number, name, args, ret, false, StreamKind.NONE));
    }

    /**
     * A procedure of another program (libvirt-qemu's, libvirt-lxc's): typed like the REMOTE ones but kept out of
     * the REMOTE table, whose numbers it would collide with.
     */
    public static <A, R> RemoteProcedure<A, R> ofProgram(int number, String name, Class<A> args, Class<R> ret) {
        return new RemoteProcedure<>(number, name, args, ret, false, StreamKind.NONE);
    }

    /** A message the server sends (type MESSAGE, serial 0) with {@code msg} as its body: never called or answered. */
    private static <M> RemoteProcedure<M, XdrVoid> event(int number, String name, Class<M> msg) {
        return register(new RemoteProcedure<>(number, name, msg, VOID, true, StreamKind.NONE));
    }

    /** A call whose reply is followed by stream packets (type STREAM) on the call's serial. */
    private static <A, R> RemoteProcedure<A, R> stream(int number, String name, Class<A> args, Class<R> ret,
                                                      StreamKind kind) {
        return register(new RemoteProcedure<>(number, name, args, ret, false, kind));
    }

    private static <A, R> RemoteProcedure<A, R> register(RemoteProcedure<A, R> p) {
        if (BY_NUMBER.putIfAbsent(p.number, p) != null) {
            throw new ExceptionInInitializerError("procedure number " + p.number + " declared twice");
        }
        return p;
    }

    /** The procedure with that number, or null when this side does not know it. */
    public static RemoteProcedure<?, ?> of(int number) {
        return BY_NUMBER.get(number);
    }

    /** Every declared procedure, by number. */
    public static Collection<RemoteProcedure<?, ?>> all() {
        return Collections.unmodifiableCollection(BY_NUMBER.values());
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public Class<A> args() {
        return args;
    }

    public Class<R> ret() {
        return ret;
    }

    /** True for the server's event messages: {@link #args()} is the message body, there is no reply. */
    public boolean event() {
        return event;
    }

    public StreamKind stream() {
        return stream;
    }

    @Override
    public String toString() {
        return "REMOTE_PROC_" + name + "(" + number + ")";
    }
}
