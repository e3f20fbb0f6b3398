package org.jvirt.driver.qemu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jvirt.VcpuInfo;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.VcpuPins;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.VirErrors;
import org.jvirt.driver.qemu.host.Affinity;
import org.jvirt.driver.qemu.host.HostCpus;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * vcpuinfo, vcpupin (qemuDomainGetVcpus, qemuDomainPinVcpuFlags, qemuDomainGetVcpuPinInfo) on the real vCPU
 * threads: their ids come from query-cpus-fast, CPU time and last CPU from /proc/PID/task/TID/stat, affinity
 * from sched_getaffinity; a live pin is sched_setaffinity on the thread and a vcpupin in the live XML.
 */
interface QemuVcpuOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default List<VcpuInfo> domainGetVcpus(DomainRef dom) {
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.QUERY)) {
            QemuDomainRuntime rt = d.withDom(dom, o -> {
                if (!o.isActive()) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                            "cannot retrieve vcpu information for inactive domain");
                }
                return QemuVcpuThreads.runtime(d, o);
            });
            List<Long> tids = QemuVcpuThreads.threadIds(rt);
            int hostcpus = HostCpus.count();
            List<VcpuInfo> out = new ArrayList<>();
            for (int i = 0; i < tids.size(); i++) {
                long tid = tids.get(i);
                HostCpus.ThreadStat st = HostCpus.threadStat(rt.pid, tid).orElse(new HostCpus.ThreadStat(0, 0));
                out.add(new VcpuInfo(i, 1, st.cpuTimeNanos(), st.lastCpu(), QemuVcpuThreads.toArray(Affinity.get(tid), hostcpus)));
            }
            return out;
        }
    }

    /** qemuDomainPinVcpu: the flags variant with AFFECT_LIVE. */
    @Override
    default void domainPinVcpu(DomainRef dom, int vcpu, boolean[] cpumap) {
        domainPinVcpuFlags(dom, vcpu, cpumap, ModificationImpact.AFFECT_LIVE);
    }

    @Override
    default void domainPinVcpuFlags(DomainRef dom, int vcpu, boolean[] cpumap, int flags) {
        VirErrors.checkFlags(flags, ModificationImpact.AFFECT_LIVE | ModificationImpact.AFFECT_CONFIG, ErrorDomain.QEMU,
                "qemuDomainPinVcpuFlags");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            record Plan(ModificationImpact impact, QemuDomainRuntime rt, boolean online) {
            }
            BitSet map = new BitSet();
            for (int i = 0; i < cpumap.length; i++) {
                if (cpumap[i]) {
                    map.set(i);
                }
            }
            Plan plan = d.withDom(dom, o -> {
                ModificationImpact impact = ModificationImpact.of(o, flags);
                if (impact.live() && (vcpu < 0 || vcpu >= o.def().vcpu().max())) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                            "vcpu %d is out of range of live cpu count %d", vcpu, o.def().vcpu().max());
                }
                if (impact.config() && (vcpu < 0 || vcpu >= o.persistentDef().vcpu().max())) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                            "vcpu %d is out of range of persistent cpu count %d", vcpu, o.persistentDef().vcpu().max());
                }
                if (map.isEmpty()) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "Empty cpu list for pinning");
                }
                QemuDomainRuntime rt = impact.live() ? QemuVcpuThreads.runtime(d, o) : null;
                return new Plan(impact, rt, impact.live() && vcpu < o.def().vcpu().online());
            });
            if (plan.online()) {
                // an offline vCPU has no thread: libvirt keeps the pin for when it comes online
                Affinity.set(QemuVcpuThreads.threadIds(plan.rt()).get(vcpu), map);
            }
            d.withDom(dom, o -> {
                if (plan.impact().live()) {
                    o.setDef(VcpuPins.with(o.def(), vcpu, map));
                    d.saveStatus(o, plan.rt());
                }
                if (plan.impact().config()) {
                    DomainDef changed = VcpuPins.with(o.persistentDef(), vcpu, map);
                    d.saveConfig(changed);
                    if (o.isActive()) {
                        o.setNewDef(changed);
                    } else {
                        o.setDef(changed);
                    }
                }
                return null;
            });
        }
    }

    /** qemuDomainPinEmulator: live, the affinity of QEMU's main thread (the emulator); config, the persistent XML. */
    @Override
    default void domainPinEmulator(DomainRef dom, boolean[] cpumap, int flags) {
        VirErrors.checkFlags(flags, ModificationImpact.AFFECT_LIVE | ModificationImpact.AFFECT_CONFIG, ErrorDomain.QEMU,
                "qemuDomainPinEmulator");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            BitSet map = new BitSet();
            for (int i = 0; i < cpumap.length; i++) {
                if (cpumap[i]) {
                    map.set(i);
                }
            }
            record Plan(ModificationImpact impact, QemuDomainRuntime rt) {
            }
            Plan plan = d.withDom(dom, o -> {
                ModificationImpact impact = ModificationImpact.of(o, flags);
                if (map.isEmpty()) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "Empty cpu list for pinning");
                }
                return new Plan(impact, impact.live() ? QemuVcpuThreads.runtime(d, o) : null);
            });
            if (plan.impact().live()) {
                Affinity.set(plan.rt().pid, map);
            }
            d.withDom(dom, o -> {
                if (plan.impact().live()) {
                    o.setDef(VcpuPins.withEmulator(o.def(), map));
                    d.saveStatus(o, plan.rt());
                }
                if (plan.impact().config()) {
                    DomainDef changed = VcpuPins.withEmulator(o.persistentDef(), map);
                    d.saveConfig(changed);
                    if (o.isActive()) {
                        o.setNewDef(changed);
                    } else {
                        o.setDef(changed);
                    }
                }
                return null;
            });
        }
    }

    /** qemuDomainGetEmulatorPinInfo: the emulatorpin, else the {@code <vcpu cpuset>}, else every host CPU. */
    @Override
    default boolean[] domainGetEmulatorPinInfo(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, ModificationImpact.AFFECT_LIVE | ModificationImpact.AFFECT_CONFIG, ErrorDomain.QEMU,
                "qemuDomainGetEmulatorPinInfo");
        return driver().withDom(dom, o -> {
            DomainDef def = ModificationImpact.one(o, flags).pick(o);
            int hostcpus = HostCpus.count();
            BitSet pin = VcpuPins.emulator(def);
            if (pin == null && def.vcpu().cpuset() != null) {
                pin = VcpuPins.parse(def.vcpu().cpuset());
            }
            if (pin == null) {
                pin = new BitSet();
                pin.set(0, hostcpus);
            }
            return QemuVcpuThreads.toArray(pin, hostcpus);
        });
    }

    /** One map per vCPU of the chosen definition: its pin, else the domain's cpuset, else every host CPU. */
    @Override
    default List<boolean[]> domainGetVcpuPinInfo(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, ModificationImpact.AFFECT_LIVE | ModificationImpact.AFFECT_CONFIG, ErrorDomain.QEMU,
                "qemuDomainGetVcpuPinInfo");
        return driver().withDom(dom, o -> {
            DomainDef def = ModificationImpact.one(o, flags).pick(o);
            int hostcpus = HostCpus.count();
            var pins = VcpuPins.of(def);
            BitSet all = new BitSet();
            all.set(0, hostcpus);
            BitSet fallback = def.vcpu().cpuset() != null ? VcpuPins.parse(def.vcpu().cpuset()) : all;
            List<boolean[]> out = new ArrayList<>();
            for (int i = 0; i < def.vcpu().max(); i++) {
                out.add(QemuVcpuThreads.toArray(pins.getOrDefault(i, fallback), hostcpus));
            }
            return out;
        });
    }
}
