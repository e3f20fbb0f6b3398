package org.jvirt.driver.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.jvirt.NodeCPUMap;
import org.jvirt.NodeCPUStats;
import org.jvirt.NodeInfo;
import org.jvirt.NodeMemoryStats;
import org.jvirt.rpc.remote.ConnectGetMaxVcpusArgs;
import org.jvirt.rpc.remote.ConnectGetSysinfoArgs;
import org.jvirt.rpc.remote.ConnectListAllDomainsArgs;
import org.jvirt.rpc.remote.ConnectListDefinedDomainsArgs;
import org.jvirt.rpc.remote.ConnectListDomainsArgs;
import org.jvirt.rpc.remote.NodeGetCellsFreeMemoryArgs;
import org.jvirt.rpc.remote.NodeGetCpuMapArgs;
import org.jvirt.rpc.remote.NodeGetCpuMapRet;
import org.jvirt.rpc.remote.NodeGetCpuStats;
import org.jvirt.rpc.remote.NodeGetCpuStatsArgs;
import org.jvirt.rpc.remote.NodeGetCpuStatsRet;
import org.jvirt.rpc.remote.NodeGetInfoRet;
import org.jvirt.rpc.remote.NodeGetMemoryStats;
import org.jvirt.rpc.remote.NodeGetMemoryStatsArgs;
import org.jvirt.rpc.remote.NodeGetMemoryStatsRet;
import org.jvirt.rpc.remote.NodeGetSecurityModelRet;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.DomainRef;

/** Connection and node entries of the remote hypervisor table. */
interface RemoteConnectOps extends RemoteTable {

    @Override
    default long connectGetVersion() {
        return rpc().call(ConnectProcedures.CONNECT_GET_VERSION, new XdrVoid()).hvVer();
    }

    @Override
    default String connectGetHostname() {
        return rpc().call(ConnectProcedures.CONNECT_GET_HOSTNAME, new XdrVoid()).hostname();
    }

    @Override
    default String connectGetURI() {
        return rpc().call(ConnectProcedures.CONNECT_GET_URI, new XdrVoid()).uri();
    }

    @Override
    default String connectGetSysinfo(int flags) {
        return rpc().call(ConnectProcedures.CONNECT_GET_SYSINFO, new ConnectGetSysinfoArgs(flags)).sysinfo();
    }

    @Override
    default int connectGetMaxVcpus(String type) {
        return rpc().call(ConnectProcedures.CONNECT_GET_MAX_VCPUS, new ConnectGetMaxVcpusArgs(type)).maxVcpus();
    }

    @Override
    default String connectGetDomainCapabilities(String emulatorbin, String arch, String machine, String virttype, int flags) {
        return rpc().call(ConnectProcedures.CONNECT_GET_DOMAIN_CAPABILITIES,
                new org.jvirt.rpc.remote.ConnectGetDomainCapabilitiesArgs(emulatorbin, arch, machine, virttype, flags)).capabilities();
    }

    @Override
    default String connectGetCapabilities() {
        return rpc().call(ConnectProcedures.CONNECT_GET_CAPABILITIES, new XdrVoid()).capabilities();
    }

    @Override
    default NodeInfo nodeGetInfo() {
        NodeGetInfoRet r = rpc().call(ConnectProcedures.NODE_GET_INFO, new XdrVoid());
        return new NodeInfo(RemoteWire.chars(r.model()), r.memory(), r.cpus(), r.mhz(), r.nodes(), r.sockets(),
                r.cores(), r.threads());
    }

    @Override
    default long nodeGetFreeMemory() {
        return rpc().call(ConnectProcedures.NODE_GET_FREE_MEMORY, new XdrVoid()).freeMem();
    }

    @Override
    default long[] nodeGetCellsFreeMemory(int startCell, int maxCells) {
        if (maxCells > RemoteLimits.NODE_MAX_CELLS) {
            throw RemoteFailures.limit(String.format("too many NUMA cells: %d > %d", maxCells, RemoteLimits.NODE_MAX_CELLS));
        }
        return rpc().call(ConnectProcedures.NODE_GET_CELLS_FREE_MEMORY,
                new NodeGetCellsFreeMemoryArgs(startCell, maxCells)).cells();
    }

    /** Two calls, as virsh makes them: how many values, then the values. */
    @Override
    default NodeCPUStats nodeGetCPUStats(int cpuNum, int flags) {
        int n = rpc().call(ConnectProcedures.NODE_GET_CPU_STATS, new NodeGetCpuStatsArgs(cpuNum, 0, flags)).nparams();
        SequencedMap<String, Long> values = new LinkedHashMap<>();
        if (n > 0) {
            NodeGetCpuStatsRet r = rpc().call(ConnectProcedures.NODE_GET_CPU_STATS, new NodeGetCpuStatsArgs(cpuNum, n, flags));
            for (NodeGetCpuStats s : r.params()) {
                values.put(s.field(), s.value());
            }
        }
        return new NodeCPUStats(values);
    }

    @Override
    default NodeMemoryStats nodeGetMemoryStats(int cellNum, int flags) {
        int n = rpc().call(ConnectProcedures.NODE_GET_MEMORY_STATS, new NodeGetMemoryStatsArgs(0, cellNum, flags)).nparams();
        SequencedMap<String, Long> values = new LinkedHashMap<>();
        if (n > 0) {
            NodeGetMemoryStatsRet r = rpc().call(ConnectProcedures.NODE_GET_MEMORY_STATS,
                    new NodeGetMemoryStatsArgs(n, cellNum, flags));
            for (NodeGetMemoryStats s : r.params()) {
                values.put(s.field(), s.value());
            }
        }
        return new NodeMemoryStats(values);
    }

    @Override
    default NodeCPUMap nodeGetCPUMap(int flags) {
        NodeGetCpuMapRet r = rpc().call(ConnectProcedures.NODE_GET_CPU_MAP, new NodeGetCpuMapArgs(1, 1, flags));
        return new NodeCPUMap(r.ret(), RemoteWire.cpus(r.cpumap(), 0, r.ret()), r.online());
    }

    @Override
    default List<String> nodeGetSecurityModel() {
        NodeGetSecurityModelRet r = rpc().call(ConnectProcedures.NODE_GET_SECURITY_MODEL, new XdrVoid());
        return List.of(RemoteWire.chars(r.model()), RemoteWire.chars(r.doi()));
    }

    /** The public layer asks for "all"; the protocol carries at most REMOTE_DOMAIN_LIST_MAX. */
    @Override
    default int[] connectListDomains(int maxids) {
        return rpc().call(DomainProcedures.CONNECT_LIST_DOMAINS,
                new ConnectListDomainsArgs(Math.min(maxids, RemoteLimits.DOMAIN_LIST_MAX))).ids();
    }

    @Override
    default int connectNumOfDomains() {
        return rpc().call(DomainProcedures.CONNECT_NUM_OF_DOMAINS, new XdrVoid()).num();
    }

    @Override
    default List<String> connectListDefinedDomains(int maxnames) {
        return rpc().call(DomainProcedures.CONNECT_LIST_DEFINED_DOMAINS,
                new ConnectListDefinedDomainsArgs(Math.min(maxnames, RemoteLimits.DOMAIN_LIST_MAX))).names();
    }

    @Override
    default int connectNumOfDefinedDomains() {
        return rpc().call(DomainProcedures.CONNECT_NUM_OF_DEFINED_DOMAINS, new XdrVoid()).num();
    }

    @Override
    default List<DomainRef> connectListAllDomains(int flags) {
        return RemoteWire.refs(rpc().call(DomainProcedures.CONNECT_LIST_ALL_DOMAINS,
                new ConnectListAllDomainsArgs(1, flags)).domains());
    }
}
