package org.jvirt.driver.qemu;

import java.util.BitSet;
import java.util.List;
import org.jvirt.NodeCPUMap;
import org.jvirt.NodeCPUStats;
import org.jvirt.NodeInfo;
import org.jvirt.NodeMemoryStats;
import org.jvirt.core.VirErrors;
import org.jvirt.driver.qemu.host.HostCpus;
import org.jvirt.driver.qemu.host.KvmMaxVcpus;
import org.jvirt.driver.qemu.host.NodeHost;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.HypervisorDriver;

/**
 * The host as qemu:/// reports it (qemuNodeGetInfo, qemuConnectGetMaxVcpus, qemuNodeGetCellsFreeMemory, ...):
 * libvirt's virhostcpu/virhostmem readings of procfs and sysfs, see {@link NodeHost}.
 */
interface QemuNodeOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default NodeInfo nodeGetInfo() {
        return NodeHost.system().info(QemuDomainDefs.hostArch());
    }

    /** libvirt's fixed answer for TCG ("qemu" or no type) and KVM_CAP_MAX_VCPUS for "kvm". */
    @Override
    default int connectGetMaxVcpus(String type) {
        if (type == null || type.equalsIgnoreCase("qemu")) {
            return 16;
        }
        if (type.equalsIgnoreCase("kvm")) {
            return KvmMaxVcpus.get();
        }
        throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "unknown type '%s'", type);
    }

    /** Bytes free over all NUMA cells. */
    @Override
    default long nodeGetFreeMemory() {
        NodeHost h = NodeHost.system();
        long kib = 0;
        List<Integer> nodes = h.nodes();
        for (int n : nodes.isEmpty() ? List.of(0) : nodes) {
            kib += h.cellFreeKiB(n);
        }
        return kib * 1024;
    }

    /** Bytes free per cell from {@code startCell}, at most {@code maxCells} of them. */
    @Override
    default long[] nodeGetCellsFreeMemory(int startCell, int maxCells) {
        NodeHost h = NodeHost.system();
        int max = h.maxCell();
        if (startCell > max) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "start cell %d out of range (0-%d)", startCell, max);
        }
        int last = (int) Math.min(max, (long) startCell + maxCells - 1);
        long[] out = new long[Math.max(0, last - startCell + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = h.cellFreeKiB(startCell + i) * 1024;
        }
        return out;
    }

    @Override
    default NodeCPUStats nodeGetCPUStats(int cpuNum, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.NONE, "virHostCPUGetStats");
        return new NodeCPUStats(NodeHost.system().cpuStats(cpuNum));
    }

    @Override
    default NodeMemoryStats nodeGetMemoryStats(int cellNum, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.NONE, "virHostMemGetStats");
        NodeHost h = NodeHost.system();
        if (cellNum != -1 && (cellNum < 0 || cellNum > h.maxCell())) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "cellNum in virHostMemGetStats must be less than or equal to " + h.maxCell(), "virHostMemGetStats", "cellNum");
        }
        return new NodeMemoryStats(h.memoryStats(cellNum));
    }

    @Override
    default NodeCPUMap nodeGetCPUMap(int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.NONE, "virHostCPUGetMap");
        int n = HostCpus.count();
        BitSet online = HostCpus.online();
        return new NodeCPUMap(n, QemuVcpuThreads.toArray(online, n), online.cardinality());
    }
}
