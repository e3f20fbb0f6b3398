package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.ConnectProcedures.*;
import static org.jvirt.rpc.remote.DomainProcedures.*;
import static org.jvirt.rpc.remote.NetworkProcedures.*;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.ConnectBaselineCpuRet;
import org.jvirt.rpc.remote.ConnectBaselineHypervisorCpuRet;
import org.jvirt.rpc.remote.ConnectCompareCpuRet;
import org.jvirt.rpc.remote.ConnectCompareHypervisorCpuRet;
import org.jvirt.rpc.remote.ConnectDomainXmlFromNativeRet;
import org.jvirt.rpc.remote.ConnectDomainXmlToNativeRet;
import org.jvirt.rpc.remote.ConnectGetCpuModelNamesRet;
import org.jvirt.rpc.remote.DomainManagedSaveGetXmlDescRet;
import org.jvirt.rpc.remote.DomainSaveImageGetXmlDescRet;
import org.jvirt.rpc.remote.NodeAllocPagesRet;
import org.jvirt.rpc.remote.NodeGetFreePagesRet;
import org.jvirt.rpc.remote.NodeGetMemoryParametersRet;
import org.jvirt.rpc.remote.NodeGetSevInfoRet;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The host procedures jvirt's first tables lacked (pages, memory tuning, suspend, SEV, CPU models and
 * comparisons, native configs), the save-image XML ones and network update, each one call on the client's Connect or Domain,
 * with libvirt's dispatcher checks of sizes.
 */
final class HostHandlers {

    private HostHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(NODE_GET_FREE_PAGES, (c, a) -> {
            if ((long) a.pages().length * Integer.toUnsignedLong(a.cellCount()) > RemoteLimits.NODE_MAX_CELLS) {
                throw Wire.rpc("the result won't fit into REMOTE_NODE_MAX_CELLS");
            }
            org.jvirt.NodeFreePages r = c.conn().nodeGetFreePages(a.pages(), a.startCell(), a.cellCount(), a.flags());
            if (r.ret() <= 0) {
                // libvirtd's dispatcher takes a count of 0 for a failure that left no error
                throw org.jvirt.error.VirtException.raw(org.jvirt.error.ErrorCode.INTERNAL_ERROR,
                        org.jvirt.error.ErrorDomain.RPC, "Library function returned error but did not set virError",
                        null, null);
            }
            return new NodeGetFreePagesRet(java.util.Arrays.copyOf(r.counts(), Math.min(r.ret(), r.counts().length)));
        });
        t.on(NODE_ALLOC_PAGES, (c, a) -> new NodeAllocPagesRet(
                c.conn().nodeAllocPages(a.pageSizes(), a.pageCounts(), a.startCell(), a.cellCount(), a.flags())));
        t.on(NODE_GET_MEMORY_PARAMETERS, (c, a) -> {
            NodeHandlers.checkNparams(a.nparams(), RemoteLimits.NODE_MEMORY_PARAMETERS_MAX);
            List<TypedParameter> params = c.conn().nodeGetMemoryParameters(a.flags());
            return a.nparams() == 0 ? new NodeGetMemoryParametersRet(List.of(), params.size())
                    : new NodeGetMemoryParametersRet(RemoteTypedParams.toWire(Wire.first(params, a.nparams())), 0);
        });
        t.on(NODE_SET_MEMORY_PARAMETERS, (c, a) -> {
            c.conn().nodeSetMemoryParameters(RemoteTypedParams.fromWire(a.params()), a.flags());
            return XdrVoid.VOID;
        });
        t.on(NODE_SUSPEND_FOR_DURATION, (c, a) -> {
            c.conn().nodeSuspendForDuration(a.target(), a.duration(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(NODE_GET_SEV_INFO, (c, a) -> {
            // libvirtd passes the call on whatever nparams says (the driver allocates the list)
            List<TypedParameter> params = c.conn().nodeGetSEVInfo(a.flags());
            return new NodeGetSevInfoRet(RemoteTypedParams.toWire(params), params.size());
        });
        t.on(CONNECT_GET_CPU_MODEL_NAMES, (c, a) -> {
            List<String> models = c.conn().getCPUModelNames(a.arch(), a.flags());
            if (models.size() > RemoteLimits.CONNECT_CPU_MODELS_MAX) {
                throw Wire.internal("Too many CPU models '" + models.size() + "' for limit '"
                        + RemoteLimits.CONNECT_CPU_MODELS_MAX + "'");
            }
            return new ConnectGetCpuModelNamesRet(a.needResults() != 0 ? models : List.of(), models.size());
        });
        t.on(CONNECT_COMPARE_CPU, (c, a) -> new ConnectCompareCpuRet(c.conn().compareCPU(a.xml(), a.flags())));
        t.on(CONNECT_BASELINE_CPU, (c, a) -> new ConnectBaselineCpuRet(c.conn().baselineCPU(a.xmlCPUs(), a.flags())));
        t.on(CONNECT_COMPARE_HYPERVISOR_CPU, (c, a) -> new ConnectCompareHypervisorCpuRet(c.conn().compareHypervisorCPU(
                a.emulator(), a.arch(), a.machine(), a.virttype(), a.xmlCPU(), a.flags())));
        t.on(CONNECT_BASELINE_HYPERVISOR_CPU, (c, a) -> new ConnectBaselineHypervisorCpuRet(c.conn().baselineHypervisorCPU(
                a.emulator(), a.arch(), a.machine(), a.virttype(), a.xmlCPUs(), a.flags())));
        t.on(CONNECT_DOMAIN_XML_FROM_NATIVE, (c, a) -> new ConnectDomainXmlFromNativeRet(
                c.conn().domainXMLFromNative(a.nativeFormat(), a.nativeConfig(), a.flags())));
        t.on(CONNECT_DOMAIN_XML_TO_NATIVE, (c, a) -> new ConnectDomainXmlToNativeRet(
                c.conn().domainXMLToNative(a.nativeFormat(), a.domainXml(), a.flags())));
        t.on(DOMAIN_SAVE_IMAGE_GET_XML_DESC, (c, a) -> new DomainSaveImageGetXmlDescRet(
                c.conn().saveImageGetXMLDesc(a.file(), a.flags())));
        t.on(DOMAIN_SAVE_IMAGE_DEFINE_XML, (c, a) -> {
            c.conn().saveImageDefineXML(a.file(), a.dxml(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_MANAGED_SAVE_GET_XML_DESC, (c, a) -> new DomainManagedSaveGetXmlDescRet(
                c.domain(a.dom()).managedSaveGetXMLDesc(a.flags())));
        t.on(NETWORK_UPDATE, (c, a) -> {
            c.network(a.net()).update(a.command(), a.section(), a.parentIndex(), a.xml(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_MANAGED_SAVE_DEFINE_XML, (c, a) -> {
            c.domain(a.dom()).managedSaveDefineXML(a.dxml(), a.flags());
            return XdrVoid.VOID;
        });
    }
}
