package org.jvirt.driver.qemu.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jvirt.InterfaceStats;
import org.jvirt.NodeInfo;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The procfs/sysfs readers on recorded text and a fake tree, and the thread calls on this JVM's own thread. */
class HostReadersTest {

    @Test
    void procNetDevLineSwappedForBridgePorts() {
        List<String> lines = List.of(
                "Inter-|   Receive                                                |  Transmit",
                " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed",
                "    lo:     100       1    0    0    0     0          0         0      100       1    0    0    0     0       0          0",
                "vnet12:    5000      50    1    2    0     0          0         0     7000      70    3    4    0     0       0          0");
        assertThat(NetDevStats.parse(lines, "vnet12", false)).isEqualTo(new InterfaceStats(5000, 50, 1, 2, 7000, 70, 3, 4));
        assertThat(NetDevStats.parse(lines, "vnet12", true)).isEqualTo(new InterfaceStats(7000, 70, 3, 4, 5000, 50, 1, 2));
        assertThat(NetDevStats.parse(lines, "vnet1", true)).isNull();
        assertThatThrownBy(() -> NetDevStats.of(null, true)).isInstanceOf(VirtException.class)
                .hasMessage("internal error: Interface name not provided");
        assertThatThrownBy(() -> NetDevStats.of("jvnosuch0", true)).isInstanceOf(VirtException.class)
                .hasMessage("internal error: /proc/net/dev: Interface not found");
    }

    @Test
    void threadStatFields() {
        String stat = "4242 (CPU 0/TCG) S 1 2 3 0 -1 4194368 10 0 0 0 150 25 0 0 20 0 9 0 100 1000 200 "
                + "18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 -1 1 0 0 0 0 0";
        HostCpus.ThreadStat s = HostCpus.parseStat(stat);
        assertThat(s.cpuTimeNanos()).isEqualTo(175 * 10_000_000L);
        assertThat(s.lastCpu()).isEqualTo(1);
        assertThat(HostCpus.parseList("0-2,5")).hasToString("{0, 1, 2, 5}");
    }

    @Test
    void affinityRoundTripOnThisThread() throws Exception {
        long tid = Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
        var before = Affinity.get(tid);
        assertThat(before.cardinality()).isPositive();
        var one = new java.util.BitSet();
        one.set(before.nextSetBit(0));
        Affinity.set(tid, one);
        try {
            assertThat(Affinity.get(tid)).isEqualTo(one);
        } finally {
            Affinity.set(tid, before);
        }
        assertThatThrownBy(() -> Affinity.set(tid, new java.util.BitSet())).isInstanceOf(VirtException.class)
                .hasMessageStartingWith("cannot set CPU affinity on process " + tid + ": Invalid argument");
    }

    @Test
    void nodeInfoFromAFakeTwoNodeHost(@TempDir Path root) throws Exception {
        write(root, "sys/devices/system/cpu/online", "0-3\n");
        write(root, "sys/devices/system/cpu/present", "0-3\n");
        write(root, "sys/devices/system/node/online", "0-1\n");
        write(root, "sys/devices/system/node/node0/cpulist", "0-1\n");
        write(root, "sys/devices/system/node/node1/cpulist", "2-3\n");
        for (int c = 0; c < 4; c++) {
            write(root, "sys/devices/system/cpu/cpu" + c + "/topology/physical_package_id", (c / 2) + "\n");
            write(root, "sys/devices/system/cpu/cpu" + c + "/topology/core_id", "0\n");
        }
        write(root, "sys/devices/system/node/node0/meminfo", "Node 0 MemTotal:        1000 kB\nNode 0 MemFree:          400 kB\n");
        write(root, "sys/devices/system/node/node1/meminfo", "Node 1 MemTotal:        2000 kB\nNode 1 MemFree:          600 kB\n");
        write(root, "proc/cpuinfo", "processor\t: 0\ncpu MHz\t\t: 2399.999\n");
        write(root, "proc/meminfo", "MemTotal:  5000 kB\nMemFree:  1000 kB\nBuffers:  10 kB\nCached:  20 kB\n");
        write(root, "proc/stat", "cpu  10 1 5 100 2 3 4 0 0 0\ncpu0 5 0 2 50 1 1 2 0 0 0\n");
        NodeHost h = new NodeHost(root);
        // two threads of one core per node and socket
        assertThat(h.info("x86_64")).isEqualTo(new NodeInfo("x86_64", 3000, 4, 2399, 2, 1, 1, 2));
        assertThat(h.cellFreeKiB(1)).isEqualTo(600);
        assertThat(h.maxCell()).isEqualTo(1);
        assertThat(h.memoryStats(-1)).containsExactly(java.util.Map.entry("total", 5000L), java.util.Map.entry("free", 1000L),
                java.util.Map.entry("buffers", 10L), java.util.Map.entry("cached", 20L));
        assertThat(h.memoryStats(1)).containsExactly(java.util.Map.entry("total", 2000L), java.util.Map.entry("free", 600L));
        assertThat(h.cpuStats(-1)).containsExactly(java.util.Map.entry("kernel", 120_000_000L), java.util.Map.entry("user", 110_000_000L),
                java.util.Map.entry("idle", 1_000_000_000L), java.util.Map.entry("iowait", 20_000_000L));
        assertThatThrownBy(() -> h.cpuStats(7)).isInstanceOf(VirtException.class).hasMessage("Invalid cpuNum in virHostCPUGetStatsLinux");
    }

    private static void write(Path root, String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
