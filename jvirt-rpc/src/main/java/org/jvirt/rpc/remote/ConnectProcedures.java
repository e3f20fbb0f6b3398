package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;
import static org.jvirt.rpc.remote.RemoteProcedure.event;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE procedures of the connection itself, authentication, host (node) facts and CPU models, by number
 * (libvirt's remote_protocol.x numbers). The type and the registry are {@link RemoteProcedure}; a number is
 * declared in exactly one family.
 */
public final class ConnectProcedures {

    private ConnectProcedures() {
    }

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
    public static final RemoteProcedure<XdrVoid, ConnectGetHostnameRet> CONNECT_GET_HOSTNAME =
            define(59, "CONNECT_GET_HOSTNAME", VOID, ConnectGetHostnameRet.class);
    public static final RemoteProcedure<ConnectSupportsFeatureArgs, ConnectSupportsFeatureRet>
            CONNECT_SUPPORTS_FEATURE = define(60, "CONNECT_SUPPORTS_FEATURE",
                    ConnectSupportsFeatureArgs.class, ConnectSupportsFeatureRet.class);
    public static final RemoteProcedure<XdrVoid, AuthListRet> AUTH_LIST =
            define(66, "AUTH_LIST", VOID, AuthListRet.class);
    public static final RemoteProcedure<NodeGetCellsFreeMemoryArgs, NodeGetCellsFreeMemoryRet>
            NODE_GET_CELLS_FREE_MEMORY = define(101, "NODE_GET_CELLS_FREE_MEMORY",
                    NodeGetCellsFreeMemoryArgs.class, NodeGetCellsFreeMemoryRet.class);
    public static final RemoteProcedure<XdrVoid, NodeGetFreeMemoryRet> NODE_GET_FREE_MEMORY =
            define(102, "NODE_GET_FREE_MEMORY", VOID, NodeGetFreeMemoryRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectGetUriRet> CONNECT_GET_URI =
            define(110, "CONNECT_GET_URI", VOID, ConnectGetUriRet.class);
    public static final RemoteProcedure<XdrVoid, NodeGetSecurityModelRet> NODE_GET_SECURITY_MODEL =
            define(122, "NODE_GET_SECURITY_MODEL", VOID, NodeGetSecurityModelRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectIsSecureRet> CONNECT_IS_SECURE =
            define(149, "CONNECT_IS_SECURE", VOID, ConnectIsSecureRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectGetLibVersionRet> CONNECT_GET_LIB_VERSION =
            define(157, "CONNECT_GET_LIB_VERSION", VOID, ConnectGetLibVersionRet.class);
    public static final RemoteProcedure<ConnectCompareCpuArgs, ConnectCompareCpuRet> CONNECT_COMPARE_CPU =
            define(158, "CONNECT_COMPARE_CPU", ConnectCompareCpuArgs.class, ConnectCompareCpuRet.class);
    public static final RemoteProcedure<ConnectBaselineCpuArgs, ConnectBaselineCpuRet> CONNECT_BASELINE_CPU =
            define(162, "CONNECT_BASELINE_CPU", ConnectBaselineCpuArgs.class, ConnectBaselineCpuRet.class);
    public static final RemoteProcedure<ConnectGetSysinfoArgs, ConnectGetSysinfoRet> CONNECT_GET_SYSINFO =
            define(203, "CONNECT_GET_SYSINFO", ConnectGetSysinfoArgs.class, ConnectGetSysinfoRet.class);
    public static final RemoteProcedure<NodeGetCpuStatsArgs, NodeGetCpuStatsRet> NODE_GET_CPU_STATS =
            define(227, "NODE_GET_CPU_STATS", NodeGetCpuStatsArgs.class, NodeGetCpuStatsRet.class);
    public static final RemoteProcedure<NodeGetMemoryStatsArgs, NodeGetMemoryStatsRet> NODE_GET_MEMORY_STATS =
            define(228, "NODE_GET_MEMORY_STATS", NodeGetMemoryStatsArgs.class, NodeGetMemoryStatsRet.class);
    public static final RemoteProcedure<NodeSuspendForDurationArgs, XdrVoid> NODE_SUSPEND_FOR_DURATION =
            define(250, "NODE_SUSPEND_FOR_DURATION", NodeSuspendForDurationArgs.class, VOID);
    public static final RemoteProcedure<NodeSetMemoryParametersArgs, XdrVoid> NODE_SET_MEMORY_PARAMETERS =
            define(288, "NODE_SET_MEMORY_PARAMETERS", NodeSetMemoryParametersArgs.class, VOID);
    public static final RemoteProcedure<NodeGetMemoryParametersArgs, NodeGetMemoryParametersRet>
            NODE_GET_MEMORY_PARAMETERS = define(289, "NODE_GET_MEMORY_PARAMETERS",
                    NodeGetMemoryParametersArgs.class, NodeGetMemoryParametersRet.class);
    public static final RemoteProcedure<NodeGetCpuMapArgs, NodeGetCpuMapRet> NODE_GET_CPU_MAP =
            define(293, "NODE_GET_CPU_MAP", NodeGetCpuMapArgs.class, NodeGetCpuMapRet.class);
    public static final RemoteProcedure<ConnectGetCpuModelNamesArgs, ConnectGetCpuModelNamesRet>
            CONNECT_GET_CPU_MODEL_NAMES = define(312, "CONNECT_GET_CPU_MODEL_NAMES",
                    ConnectGetCpuModelNamesArgs.class, ConnectGetCpuModelNamesRet.class);
    public static final RemoteProcedure<NodeGetFreePagesArgs, NodeGetFreePagesRet> NODE_GET_FREE_PAGES =
            define(340, "NODE_GET_FREE_PAGES", NodeGetFreePagesArgs.class, NodeGetFreePagesRet.class);
    public static final RemoteProcedure<ConnectGetDomainCapabilitiesArgs, ConnectGetDomainCapabilitiesRet>
            CONNECT_GET_DOMAIN_CAPABILITIES = define(342, "CONNECT_GET_DOMAIN_CAPABILITIES",
                    ConnectGetDomainCapabilitiesArgs.class, ConnectGetDomainCapabilitiesRet.class);
    public static final RemoteProcedure<NodeAllocPagesArgs, NodeAllocPagesRet> NODE_ALLOC_PAGES =
            define(347, "NODE_ALLOC_PAGES", NodeAllocPagesArgs.class, NodeAllocPagesRet.class);
    public static final RemoteProcedure<XdrVoid, XdrVoid> CONNECT_REGISTER_CLOSE_CALLBACK =
            define(360, "CONNECT_REGISTER_CLOSE_CALLBACK", VOID, VOID);
    public static final RemoteProcedure<XdrVoid, XdrVoid> CONNECT_UNREGISTER_CLOSE_CALLBACK =
            define(361, "CONNECT_UNREGISTER_CLOSE_CALLBACK", VOID, VOID);
    public static final RemoteProcedure<ConnectEventConnectionClosedMsg, XdrVoid> CONNECT_EVENT_CONNECTION_CLOSED =
            event(362, "CONNECT_EVENT_CONNECTION_CLOSED", ConnectEventConnectionClosedMsg.class);
    public static final RemoteProcedure<ConnectCompareHypervisorCpuArgs, ConnectCompareHypervisorCpuRet>
            CONNECT_COMPARE_HYPERVISOR_CPU = define(393, "CONNECT_COMPARE_HYPERVISOR_CPU",
                    ConnectCompareHypervisorCpuArgs.class, ConnectCompareHypervisorCpuRet.class);
    public static final RemoteProcedure<ConnectBaselineHypervisorCpuArgs, ConnectBaselineHypervisorCpuRet>
            CONNECT_BASELINE_HYPERVISOR_CPU = define(394, "CONNECT_BASELINE_HYPERVISOR_CPU",
                    ConnectBaselineHypervisorCpuArgs.class, ConnectBaselineHypervisorCpuRet.class);
    public static final RemoteProcedure<NodeGetSevInfoArgs, NodeGetSevInfoRet> NODE_GET_SEV_INFO =
            define(395, "NODE_GET_SEV_INFO", NodeGetSevInfoArgs.class, NodeGetSevInfoRet.class);
}
