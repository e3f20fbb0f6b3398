package org.jvirt.driver.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jvirt.BlockStats;
import org.jvirt.InterfaceStats;
import org.jvirt.MemoryStat;
import org.jvirt.TypedParameter;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.MemballoonDef;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.VirErrors;
import org.jvirt.driver.qemu.command.QemuAliases;
import org.jvirt.driver.qemu.host.HostCpus;
import org.jvirt.driver.qemu.host.NetDevStats;
import org.jvirt.driver.qemu.monitor.QmpBlockStats;
import org.jvirt.driver.qemu.monitor.QmpCommandException;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * domblkstat, domifstat, dommemstat and the balloon's statistics period (qemuDomainBlockStats,
 * qemuDomainInterfaceStats, qemuDomainMemoryStats, qemuDomainSetMemoryStatsPeriod): QEMU's block and balloon
 * counters through QMP, the host side of tap devices from /proc/net/dev, the process RSS from /proc.
 */
interface QemuStatsOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default BlockStats domainBlockStats(DomainRef dom, String path) {
        long[] t = blockTotals(driver(), dom, path);
        // QEMU does not count errors: -1, which virsh leaves out
        return new BlockStats(t[0], t[1], t[2], t[3], -1);
    }

    /** qemuDomainBlockStatsFlags: QEMU's eight counters, in libvirt's order, as long long parameters. */
    @Override
    default List<TypedParameter> domainBlockStatsFlags(DomainRef dom, String path, int flags) {
        VirErrors.checkFlags(flags, 4 /* VIR_TYPED_PARAM_STRING_OKAY */, ErrorDomain.QEMU, "qemuDomainBlockStatsFlags");
        long[] t = blockTotals(driver(), dom, path);
        return List.of(new TypedParameter.LLong("wr_bytes", t[3]), new TypedParameter.LLong("wr_operations", t[2]),
                new TypedParameter.LLong("rd_bytes", t[1]), new TypedParameter.LLong("rd_operations", t[0]),
                new TypedParameter.LLong("flush_operations", t[4]), new TypedParameter.LLong("wr_total_times", t[5]),
                new TypedParameter.LLong("rd_total_times", t[6]), new TypedParameter.LLong("flush_total_times", t[7]));
    }

    /**
     * qemuDomainBlocksStatsGather: the counters of one disk (by target or source) or, for "", the sum over all
     * disks: rd_req, rd_bytes, wr_req, wr_bytes, flush_req, wr_total_ns, rd_total_ns, flush_total_ns.
     */
    private static long[] blockTotals(QemuDriver d, DomainRef dom, String path) {
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.QUERY)) {
            record Want(QmpMonitor mon, List<String> qdevs) {
            }
            Want w = d.withDom(dom, o -> {
                QemuDomainRuntime rt = QemuVcpuThreads.runtime(d, o);
                List<String> qdevs = new ArrayList<>();
                if (!path.isEmpty()) {
                    DiskDef disk = diskByName(o.def(), path);
                    if (disk == null) {
                        throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "invalid path: %s", path);
                    }
                    qdevs.add(QemuAliases.diskQdev(disk));
                } else {
                    for (DiskDef disk : o.def().devices().disks()) {
                        qdevs.add(QemuAliases.diskQdev(disk));
                    }
                }
                return new Want(rt.monitor, qdevs);
            });
            List<QmpBlockStats> all = w.mon().queryBlockstats();
            long[] t = new long[8];
            for (String qdev : w.qdevs()) {
                QmpBlockStats s = all.stream().filter(b -> qdev.equals(b.qdev()) || qdev.equals(b.device())).findFirst()
                        .orElseThrow(() -> VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU,
                                "cannot find statistics for device '%s'", qdev));
                long[] v = {s.rdOperations(), s.rdBytes(), s.wrOperations(), s.wrBytes(), s.flushOperations(),
                    s.wrTotalTimeNs(), s.rdTotalTimeNs(), s.flushTotalTimeNs()};
                for (int i = 0; i < 8; i++) {
                    t[i] += v[i];
                }
            }
            return t;
        }
    }

    /** virDomainDiskByName: by target name, else by source path. */
    private static DiskDef diskByName(DomainDef def, String name) {
        for (DiskDef disk : def.devices().disks()) {
            if (name.equals(disk.targetDev())) {
                return disk;
            }
        }
        for (DiskDef disk : def.devices().disks()) {
            if (name.equals(disk.source())) {
                return disk;
            }
        }
        return null;
    }

    @Override
    default InterfaceStats domainInterfaceStats(DomainRef dom, String device) {
        org.jvirt.conf.domain.InterfaceDef net = driver().withDom(dom, o -> {
            if (!o.isActive()) {
                throw VirErrors.notRunning();
            }
            return QemuNetFind.find(o.def(), device);
        });
        // a tap shared with the host's view (ethernet, direct) counts as the guest does; a bridge port is
        // seen from the host, so its rx is the guest's tx (virDomainNetTypeSharesHostView)
        boolean swapped = !("ethernet".equals(net.type()) || "direct".equals(net.type()));
        return NetDevStats.of(net.ifname(), swapped);
    }

    @Override
    default List<MemoryStat> domainMemoryStats(DomainRef dom, int nrStats, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.QEMU, "qemuDomainMemoryStats");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.QUERY)) {
            record Want(QemuDomainRuntime rt, boolean balloon, String path) {
            }
            Want w = d.withDom(dom, o -> new Want(QemuVcpuThreads.runtime(d, o), hasBalloon(o.def()),
                    QemuAliases.balloonPath(o.def())));
            List<MemoryStat> out = new ArrayList<>();
            if (w.balloon()) {
                QemuBalloonStats.collect(w.rt().monitor, w.path(), nrStats, out);
                if (out.size() >= nrStats) {
                    return out;
                }
            }
            OptionalLong rss = HostCpus.rssKiB(w.rt().pid);
            if (rss.isPresent()) {
                out.add(new MemoryStat(7, rss.getAsLong()));
            }
            return out;
        }
    }

    @Override
    default void domainSetMemoryStatsPeriod(DomainRef dom, int period, int flags) {
        VirErrors.checkFlags(flags, ModificationImpact.AFFECT_LIVE | ModificationImpact.AFFECT_CONFIG, ErrorDomain.QEMU,
                "qemuDomainSetMemoryStatsPeriod");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            record Plan(ModificationImpact impact, QemuDomainRuntime rt, String path) {
            }
            Plan plan = d.withDom(dom, o -> {
                ModificationImpact impact = ModificationImpact.of(o, flags);
                QemuDomainRuntime rt = null;
                if (impact.live()) {
                    rt = QemuVcpuThreads.runtime(d, o);
                    requireBalloon(o.def());
                }
                return new Plan(impact, rt, QemuAliases.balloonPath(o.def()));
            });
            if (plan.impact().live()) {
                try {
                    plan.rt().monitor.qomSet(plan.path(), "guest-stats-polling-interval", period);
                } catch (VirtException e) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                            "unable to set balloon driver collection period");
                }
                d.withDom(dom, o -> {
                    o.setDef(withPeriod(o.def(), period));
                    d.saveStatus(o, plan.rt());
                    return null;
                });
            }
            if (plan.impact().config()) {
                d.withDom(dom, o -> {
                    DomainDef p = o.persistentDef();
                    requireBalloon(p);
                    DomainDef changed = withPeriod(p, period);
                    d.saveConfig(changed);
                    if (o.isActive()) {
                        o.setNewDef(changed);
                    } else {
                        o.setDef(changed);
                    }
                    return null;
                });
            }
        }
    }

    /** virDomainDefHasMemballoon: a balloon other than model 'none'. */
    private static boolean hasBalloon(DomainDef def) {
        return def.devices().memballoons().stream().anyMatch(m -> !"none".equals(m.model()));
    }

    private static void requireBalloon(DomainDef def) {
        if (!hasBalloon(def)) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                    "No memory balloon device configured, can not set the collection period");
        }
    }

    private static DomainDef withPeriod(DomainDef def, int period) {
        DomainDef out = def;
        for (MemballoonDef m : def.devices().memballoons()) {
            if (!"none".equals(m.model())) {
                out = out.withoutDevice(m).withDevice(m.withPeriod(period));
            }
        }
        return out;
    }
}
