package org.jvirt.driver.qemu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.VcpuPins;
import org.jvirt.core.DomainObj;
import org.jvirt.core.VirErrors;
import org.jvirt.driver.qemu.host.Affinity;
import org.jvirt.driver.qemu.monitor.QmpCpu;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The vCPU threads of a running guest and the pins applied to them at start (qemuProcessSetupVcpus). */
final class QemuVcpuThreads {

    private QemuVcpuThreads() {
    }

    /** The runtime of a running domain this process manages (caller holds the lock), or libvirt's error. */
    static QemuDomainRuntime runtime(QemuDriver d, DomainObj o) {
        if (!o.isActive()) {
            throw VirErrors.notRunning();
        }
        d.checkManaged(o);
        QemuDomainRuntime rt = d.runtimes.get(o.uuid());
        if (rt == null || rt.monitor == null) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "domain is not running");
        }
        return rt;
    }

    /** Host thread ids of the vCPUs, by cpu-index (caller holds the job, not the lock). */
    static List<Long> threadIds(QemuDomainRuntime rt) {
        return threadIds(rt.monitor);
    }

    static List<Long> threadIds(QmpMonitor mon) {
        List<QmpCpu> cpus = new ArrayList<>(mon.queryCpusFast());
        cpus.sort(java.util.Comparator.comparingInt(QmpCpu::cpuIndex));
        List<Long> out = new ArrayList<>();
        for (QmpCpu c : cpus) {
            out.add(c.threadId());
        }
        return out;
    }

    /**
     * Applies the definition's pins to a QEMU that has not run its vCPUs yet: the emulatorpin to its main thread,
     * each vcpupin, else the {@code <vcpu cpuset=>}, to the vCPU threads (as libvirt does before resuming them).
     */
    static void applyAtStart(DomainDef def, QmpMonitor mon, long pid) {
        BitSet emulator = VcpuPins.emulator(def);
        if (emulator != null) {
            // qemuProcessSetupEmulator: QEMU's main thread
            Affinity.set(pid, emulator);
        }
        Map<Integer, BitSet> pins = VcpuPins.of(def);
        String cpuset = def.vcpu().cpuset();
        if (pins.isEmpty() && cpuset == null) {
            return;
        }
        BitSet all = cpuset != null ? VcpuPins.parse(cpuset) : null;
        List<Long> tids = threadIds(mon);
        for (int i = 0; i < tids.size(); i++) {
            BitSet m = pins.getOrDefault(i, all);
            if (m != null) {
                Affinity.set(tids.get(i), m);
            }
        }
    }

    static boolean[] toArray(BitSet map, int n) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = map.get(i);
        }
        return out;
    }
}
