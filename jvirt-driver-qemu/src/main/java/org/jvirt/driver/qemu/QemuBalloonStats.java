package org.jvirt.driver.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.OptionalLong;
import org.jvirt.MemoryStat;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.MemballoonDef;
import org.jvirt.driver.qemu.command.QemuAliases;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.VirtException;

/**
 * The balloon's share of virDomainMemoryStats (qemuMonitorJSONGetMemoryStats): "actual" from query-balloon, then
 * the guest's own figures from the balloon's guest-stats property, which the guest fills in only while a
 * polling period is set and its balloon driver answers.
 */
final class QemuBalloonStats {

    /** QEMU property, libvirt tag, divisor: in libvirt's order (last-update sits in the outer object). */
    private static final Object[][] FIELDS = {
        {"stat-swap-in", 0, 1024}, {"stat-swap-out", 1, 1024}, {"stat-major-faults", 2, 1},
        {"stat-minor-faults", 3, 1}, {"stat-free-memory", 4, 1024}, {"stat-total-memory", 5, 1024},
        {"stat-available-memory", 8, 1024}, {"last-update", 9, 1}, {"stat-disk-caches", 10, 1024},
        {"stat-htlb-pgalloc", 11, 1}, {"stat-htlb-pgfail", 12, 1}};

    private QemuBalloonStats() {
    }

    /** Appends the balloon figures to {@code out}, never more than {@code max} in all. */
    static void collect(QmpMonitor mon, String path, int max, List<MemoryStat> out) {
        OptionalLong actual = mon.queryBalloon();
        if (actual.isPresent() && out.size() < max) {
            out.add(new MemoryStat(6, actual.getAsLong() / 1024));
        }
        JsonNode data;
        try {
            data = mon.qomGet(path, "guest-stats");
        } catch (VirtException e) {
            // "guest hasn't updated any stats yet" and the like: libvirt returns what it has
            return;
        }
        JsonNode stats = data.path("stats");
        if (!stats.isObject()) {
            return;
        }
        for (Object[] f : FIELDS) {
            if (out.size() >= max) {
                return;
            }
            String name = (String) f[0];
            JsonNode v = name.equals("last-update") ? data.get(name) : stats.get(name);
            // -1: QEMU has no figure for it (not collected)
            if (v != null && v.isIntegralNumber() && v.asLong() != -1) {
                out.add(new MemoryStat((int) f[1], Long.divideUnsigned(v.asLong(), (int) f[2])));
            }
        }
    }

    /** qemuProcessSetupBalloon's period: a configured {@code <stats period=>} is set before the vCPUs run. */
    static void applyAtStart(DomainDef def, QmpMonitor mon) {
        for (MemballoonDef m : def.devices().memballoons()) {
            if ("virtio".equals(m.model()) && m.period() > 0) {
                mon.qomSet(QemuAliases.balloonPath(def), "guest-stats-polling-interval", m.period());
            }
        }
    }
}
