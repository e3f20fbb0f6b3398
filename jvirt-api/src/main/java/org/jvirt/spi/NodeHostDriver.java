package org.jvirt.spi;

import java.util.List;
import org.jvirt.TypedParameter;

/**
 * The host entries of the hypervisor driver table that jvirt's first tables lacked (libvirt's virHypervisorDriver
 * fields of the same names): huge pages, node memory tuning, suspend, SEV, host CPU models and comparisons, and
 * native config conversion. {@link HypervisorDriver} extends this, so it stays one table; every entry optional.
 */
public interface NodeHostDriver {

    /** Free pages of each size in {@code pages} (KiB) for each cell: counts[cell * pages.length + page]. */
    default org.jvirt.NodeFreePages nodeGetFreePages(int[] pages, int startCell, int cellCount, int flags) {
        throw Unsupported.call("virNodeGetFreePages");
    }

    /** Returns the number of pools changed. */
    default int nodeAllocPages(int[] pageSizes, long[] pageCounts, int startCell, int cellCount, int flags) {
        throw Unsupported.call("virNodeAllocPages");
    }

    default List<TypedParameter> nodeGetMemoryParameters(int flags) {
        throw Unsupported.call("virNodeGetMemoryParameters");
    }

    default void nodeSetMemoryParameters(List<TypedParameter> params, int flags) {
        throw Unsupported.call("virNodeSetMemoryParameters");
    }

    default void nodeSuspendForDuration(int target, long duration, int flags) {
        throw Unsupported.call("virNodeSuspendForDuration");
    }

    default List<TypedParameter> nodeGetSEVInfo(int flags) {
        throw Unsupported.call("virNodeGetSEVInfo");
    }

    default List<String> connectGetCPUModelNames(String arch, int flags) {
        throw Unsupported.call("virConnectGetCPUModelNames");
    }

    default String connectBaselineCPU(List<String> xmlCPUs, int flags) {
        throw Unsupported.call("virConnectBaselineCPU");
    }

    /** A virCPUCompareResult value. */
    default int connectCompareCPU(String xmlDesc, int flags) {
        throw Unsupported.call("virConnectCompareCPU");
    }

    default String connectBaselineHypervisorCPU(String emulator, String arch, String machine, String virttype,
                                                List<String> xmlCPUs, int flags) {
        throw Unsupported.call("virConnectBaselineHypervisorCPU");
    }

    default int connectCompareHypervisorCPU(String emulator, String arch, String machine, String virttype,
                                            String xmlCPU, int flags) {
        throw Unsupported.call("virConnectCompareHypervisorCPU");
    }

    default String connectDomainXMLFromNative(String nativeFormat, String nativeConfig, int flags) {
        throw Unsupported.call("virConnectDomainXMLFromNative");
    }

    default String connectDomainXMLToNative(String nativeFormat, String domainXml, int flags) {
        throw Unsupported.call("virConnectDomainXMLToNative");
    }
}
