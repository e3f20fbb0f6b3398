package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.HypervisorDriver;
import org.jvirt.spi.Unsupported;

/**
 * The node (host) calls of {@link Connect}: hardware, memory, pages, CPU models (libvirt-host.c). Split out of
 * Connect by concern (DESIGN.md rule 11); Connect alone implements it.
 */
public sealed interface ConnectHostCalls permits Connect {

    private Connect self() {
        return (Connect) this;
    }

    private HypervisorDriver hv() {
        return self().hv();
    }

    default NodeInfo nodeGetInfo() {
        return Dispatch.read(self(), "virNodeGetInfo", () -> hv().nodeGetInfo());
    }

    default NodeCPUMap nodeGetCPUMap(int flags) {
        return Dispatch.read(self(), "virNodeGetCPUMap", () -> hv().nodeGetCPUMap(flags));
    }

    /** Free memory of the node in bytes (libvirt's test driver answers with a KiB figure; we return what it does). */
    default long nodeGetFreeMemory() {
        return Dispatch.read(self(), "virNodeGetFreeMemory", () -> hv().nodeGetFreeMemory());
    }

    /** Free memory in bytes of cells startCell .. startCell+maxCells-1. */
    default long[] nodeGetCellsFreeMemory(int startCell, int maxCells) {
        String fn = "virNodeGetCellsFreeMemory";
        return Dispatch.read(self(), fn, () -> {
            if (maxCells <= 0) {
                throw badArg(fn, "maxCells", "maxCells in " + fn + " must be greater than zero");
            }
            if (startCell < 0) {
                throw badArg(fn, "startCell", "startCell in " + fn + " must be zero or greater");
            }
            return hv().nodeGetCellsFreeMemory(startCell, maxCells);
        });
    }

    /** cpuNum -1 = all CPUs. */
    default NodeCPUStats nodeGetCPUStats(int cpuNum, int flags) {
        String fn = "virNodeGetCPUStats";
        return Dispatch.read(self(), fn, () -> {
            if (cpuNum < -1) {
                throw badArg(fn, "cpuNum", "cpuNum in " + fn + " only accepts -1 as a negative value");
            }
            return hv().nodeGetCPUStats(cpuNum, flags);
        });
    }

    /** The public layer's virReportInvalidArg, under libvirt-host.c's error domain. */
    private static VirtException badArg(String fn, String arg, String message) {
        return VirtException.raw(ErrorCode.INVALID_ARG, Unsupported.apiDomain(fn), message, fn, arg);
    }

    /** cellNum -1 = whole node. */
    default NodeMemoryStats nodeGetMemoryStats(int cellNum, int flags) {
        return Dispatch.read(self(), "virNodeGetMemoryStats", () -> hv().nodeGetMemoryStats(cellNum, flags));
    }

    /** virNodeGetSecurityModel: [model, doi]. */
    default List<String> nodeGetSecurityModel() {
        return Dispatch.read(self(), "virNodeGetSecurityModel", () -> hv().nodeGetSecurityModel());
    }

    /**
     * virNodeGetFreePages: free pages of each size in {@code pages} (KiB) for {@code cellCount} cells from
     * {@code startCell}; counts[cell * pages.length + i], with the driver's return value.
     */
    default NodeFreePages nodeGetFreePages(int[] pages, int startCell, int cellCount, int flags) {
        String fn = "virNodeGetFreePages";
        return Dispatch.read(self(), fn, () -> {
            requireArg(pages, "pages", fn);
            if (pages.length == 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, "npages in " + fn + " must not be zero", fn, "npages");
            }
            if (cellCount == 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, "cellCount in " + fn + " must not be zero", fn, "cellCount");
            }
            return hv().nodeGetFreePages(pages, startCell, cellCount, flags);
        });
    }

    /** virNodeAllocPages: flags are ADD (1); returns the number of pools changed. */
    default int nodeAllocPages(int[] pageSizes, long[] pageCounts, int startCell, int cellCount, int flags) {
        return Dispatch.write(self(), "virNodeAllocPages",
                () -> hv().nodeAllocPages(pageSizes, pageCounts, startCell, cellCount, flags));
    }

    /** virNodeGetMemoryParameters. */
    default List<TypedParameter> nodeGetMemoryParameters(int flags) {
        return Dispatch.read(self(), "virNodeGetMemoryParameters", () -> hv().nodeGetMemoryParameters(flags));
    }

    /** virNodeSetMemoryParameters. */
    default void nodeSetMemoryParameters(List<TypedParameter> params, int flags) {
        Dispatch.write(self(), "virNodeSetMemoryParameters", () -> hv().nodeSetMemoryParameters(params, flags));
    }

    /** virNodeSuspendForDuration: target is virNodeSuspendTarget (mem 0, disk 1, hybrid 2), duration in seconds. */
    default void nodeSuspendForDuration(int target, long duration, int flags) {
        Dispatch.write(self(), "virNodeSuspendForDuration", () -> hv().nodeSuspendForDuration(target, duration, flags));
    }

    /** virNodeGetSEVInfo. */
    default List<TypedParameter> nodeGetSEVInfo(int flags) {
        return Dispatch.read(self(), "virNodeGetSEVInfo", () -> hv().nodeGetSEVInfo(flags));
    }

    /** virConnectGetCPUModelNames: an empty list means every model is accepted. */
    default List<String> getCPUModelNames(String arch, int flags) {
        String fn = "virConnectGetCPUModelNames";
        return Dispatch.read(self(), fn, () -> hv().connectGetCPUModelNames(requireArg(arch, "arch", fn), flags));
    }

    /** virConnectCompareCPU: a virCPUCompareResult value. */
    default int compareCPU(String xmlDesc, int flags) {
        String fn = "virConnectCompareCPU";
        return Dispatch.read(self(), fn, () -> hv().connectCompareCPU(requireArg(xmlDesc, "xmlDesc", fn), flags));
    }

    /** virConnectBaselineCPU. */
    default String baselineCPU(List<String> xmlCPUs, int flags) {
        String fn = "virConnectBaselineCPU";
        return Dispatch.read(self(), fn, () -> hv().connectBaselineCPU(requireArg(xmlCPUs, "xmlCPUs", fn), flags));
    }

    /** virConnectCompareHypervisorCPU (emulator, arch, machine, virttype may be null). */
    default int compareHypervisorCPU(String emulator, String arch, String machine, String virttype, String xmlCPU,
                                     int flags) {
        String fn = "virConnectCompareHypervisorCPU";
        return Dispatch.read(self(), fn, () -> hv().connectCompareHypervisorCPU(emulator, arch, machine, virttype,
                requireArg(xmlCPU, "xmlCPU", fn), flags));
    }

    /** virConnectBaselineHypervisorCPU (emulator, arch, machine, virttype may be null). */
    default String baselineHypervisorCPU(String emulator, String arch, String machine, String virttype,
                                         List<String> xmlCPUs, int flags) {
        String fn = "virConnectBaselineHypervisorCPU";
        return Dispatch.read(self(), fn, () -> hv().connectBaselineHypervisorCPU(emulator, arch, machine, virttype,
                requireArg(xmlCPUs, "xmlCPUs", fn), flags));
    }
}
