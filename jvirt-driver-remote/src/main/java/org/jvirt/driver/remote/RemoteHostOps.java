package org.jvirt.driver.remote;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.ConnectBaselineCpuArgs;
import org.jvirt.rpc.remote.ConnectBaselineHypervisorCpuArgs;
import org.jvirt.rpc.remote.ConnectCompareCpuArgs;
import org.jvirt.rpc.remote.ConnectCompareHypervisorCpuArgs;
import org.jvirt.rpc.remote.ConnectDomainXmlFromNativeArgs;
import org.jvirt.rpc.remote.ConnectDomainXmlToNativeArgs;
import org.jvirt.rpc.remote.ConnectGetCpuModelNamesArgs;
import org.jvirt.rpc.remote.DomainManagedSaveDefineXmlArgs;
import org.jvirt.rpc.remote.DomainManagedSaveGetXmlDescArgs;
import org.jvirt.rpc.remote.DomainSaveImageDefineXmlArgs;
import org.jvirt.rpc.remote.DomainSaveImageGetXmlDescArgs;
import org.jvirt.rpc.remote.NodeAllocPagesArgs;
import org.jvirt.rpc.remote.NodeGetFreePagesArgs;
import org.jvirt.rpc.remote.NodeGetMemoryParametersArgs;
import org.jvirt.rpc.remote.NodeGetMemoryParametersRet;
import org.jvirt.rpc.remote.NodeGetSevInfoArgs;
import org.jvirt.rpc.remote.NodeSetMemoryParametersArgs;
import org.jvirt.rpc.remote.NodeSuspendForDurationArgs;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.spi.DomainRef;

/** Host (pages, memory tuning, suspend, SEV, CPU models, native configs) and save-image entries of the remote table. */
interface RemoteHostOps extends RemoteTable {

    @Override
    default org.jvirt.NodeFreePages nodeGetFreePages(int[] pages, int startCell, int cellCount, int flags) {
        if ((long) pages.length * Integer.toUnsignedLong(cellCount) > RemoteLimits.NODE_MAX_CELLS) {
            throw RemoteFailures.limit("the result won't fit into REMOTE_NODE_MAX_CELLS");
        }
        long[] counts = rpc().call(ConnectProcedures.NODE_GET_FREE_PAGES,
                new NodeGetFreePagesArgs(pages, startCell, cellCount, flags)).counts();
        return new org.jvirt.NodeFreePages(counts.length, counts);
    }

    @Override
    default int nodeAllocPages(int[] pageSizes, long[] pageCounts, int startCell, int cellCount, int flags) {
        return rpc().call(ConnectProcedures.NODE_ALLOC_PAGES,
                new NodeAllocPagesArgs(pageSizes, pageCounts, startCell, cellCount, flags)).ret();
    }

    /** Two calls, as libvirt's client makes them: how many, then the values. */
    @Override
    default List<TypedParameter> nodeGetMemoryParameters(int flags) {
        int n = rpc().call(ConnectProcedures.NODE_GET_MEMORY_PARAMETERS, new NodeGetMemoryParametersArgs(0, flags)).nparams();
        if (n == 0) {
            return List.of();
        }
        NodeGetMemoryParametersRet r = rpc().call(ConnectProcedures.NODE_GET_MEMORY_PARAMETERS,
                new NodeGetMemoryParametersArgs(n, flags));
        return RemoteTypedParams.fromWire(r.params());
    }

    @Override
    default void nodeSetMemoryParameters(List<TypedParameter> params, int flags) {
        rpc().call(ConnectProcedures.NODE_SET_MEMORY_PARAMETERS,
                new NodeSetMemoryParametersArgs(RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default void nodeSuspendForDuration(int target, long duration, int flags) {
        rpc().call(ConnectProcedures.NODE_SUSPEND_FOR_DURATION, new NodeSuspendForDurationArgs(target, duration, flags));
    }

    @Override
    default List<TypedParameter> nodeGetSEVInfo(int flags) {
        return RemoteTypedParams.fromWire(rpc().call(ConnectProcedures.NODE_GET_SEV_INFO,
                new NodeGetSevInfoArgs(RemoteLimits.NODE_SEV_INFO_MAX, flags)).params());
    }

    @Override
    default List<String> connectGetCPUModelNames(String arch, int flags) {
        return rpc().call(ConnectProcedures.CONNECT_GET_CPU_MODEL_NAMES, new ConnectGetCpuModelNamesArgs(arch, 1, flags))
                .models();
    }

    @Override
    default int connectCompareCPU(String xmlDesc, int flags) {
        return rpc().call(ConnectProcedures.CONNECT_COMPARE_CPU, new ConnectCompareCpuArgs(xmlDesc, flags)).result();
    }

    @Override
    default String connectBaselineCPU(List<String> xmlCPUs, int flags) {
        return rpc().call(ConnectProcedures.CONNECT_BASELINE_CPU, new ConnectBaselineCpuArgs(xmlCPUs, flags)).cpu();
    }

    @Override
    default int connectCompareHypervisorCPU(String emulator, String arch, String machine, String virttype,
                                            String xmlCPU, int flags) {
        return rpc().call(ConnectProcedures.CONNECT_COMPARE_HYPERVISOR_CPU,
                new ConnectCompareHypervisorCpuArgs(emulator, arch, machine, virttype, xmlCPU, flags)).result();
    }

    @Override
    default String connectBaselineHypervisorCPU(String emulator, String arch, String machine, String virttype,
                                                List<String> xmlCPUs, int flags) {
        return rpc().call(ConnectProcedures.CONNECT_BASELINE_HYPERVISOR_CPU,
                new ConnectBaselineHypervisorCpuArgs(emulator, arch, machine, virttype, xmlCPUs, flags)).cpu();
    }

    @Override
    default String connectDomainXMLFromNative(String nativeFormat, String nativeConfig, int flags) {
        return rpc().call(DomainProcedures.CONNECT_DOMAIN_XML_FROM_NATIVE,
                new ConnectDomainXmlFromNativeArgs(nativeFormat, nativeConfig, flags)).domainXml();
    }

    @Override
    default String connectDomainXMLToNative(String nativeFormat, String domainXml, int flags) {
        return rpc().call(DomainProcedures.CONNECT_DOMAIN_XML_TO_NATIVE,
                new ConnectDomainXmlToNativeArgs(nativeFormat, domainXml, flags)).nativeConfig();
    }

    @Override
    default String domainSaveImageGetXMLDesc(String file, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_SAVE_IMAGE_GET_XML_DESC, new DomainSaveImageGetXmlDescArgs(file, flags)).xml();
    }

    @Override
    default void domainSaveImageDefineXML(String file, String dxml, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SAVE_IMAGE_DEFINE_XML, new DomainSaveImageDefineXmlArgs(file, dxml, flags));
    }

    @Override
    default String domainManagedSaveGetXMLDesc(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_MANAGED_SAVE_GET_XML_DESC,
                new DomainManagedSaveGetXmlDescArgs(RemoteWire.dom(dom), flags)).xml();
    }

    @Override
    default void domainManagedSaveDefineXML(DomainRef dom, String dxml, int flags) {
        rpc().call(DomainProcedures.DOMAIN_MANAGED_SAVE_DEFINE_XML,
                new DomainManagedSaveDefineXmlArgs(RemoteWire.dom(dom), dxml, flags));
    }
}
