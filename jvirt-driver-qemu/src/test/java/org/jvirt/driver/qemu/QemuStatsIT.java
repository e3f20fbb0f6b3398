package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jvirt.BlockStats;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.MemoryStat;
import org.jvirt.NodeInfo;
import org.jvirt.VcpuInfo;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * vcpuinfo/vcpupin, domblkstat, domifstat, dommemstat and the host figures on one real guest (TCG): two vCPUs
 * with a vcpupin in its config, a virtio disk, a user-mode NIC and a virtio balloon. What the driver reports is
 * checked against the kernel's own view of the QEMU threads (/proc/PID/task/TID/status).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(600)
class QemuStatsIT {

    private static QemuDriverFixture fx;
    private static Connect conn;
    private static Domain dom;
    private static long pid;
    private static final boolean TWO_CPUS = org.jvirt.driver.qemu.host.HostCpus.online().cardinality() >= 2;

    @BeforeAll
    static void boot() throws Exception {
        fx = new QemuDriverFixture();
        Path disk = fx.root.resolve("disk.raw");
        Files.write(disk, new byte[1 << 20]);
        String xml = fx.xml("stats", "qemu")
                .replace("<vcpu>1</vcpu>", "<vcpu>2</vcpu>" + (TWO_CPUS ? "<cputune><vcpupin vcpu='0' cpuset='1'/></cputune>" : ""))
                .replace("<memballoon model='none'/>",
                        "<disk type='file' device='disk'><source file='" + disk + "'/><target dev='vda' bus='virtio'/></disk>"
                        + "<interface type='user'><mac address='52:54:00:aa:00:31'/><model type='virtio'/></interface>"
                        + "<memballoon model='virtio'><stats period='1'/></memballoon>");
        conn = Connect.open(fx.uri());
        dom = conn.domainDefineXML(xml, 0);
        dom.create();
        assertThat(fx.awaitMarker("stats", Duration.ofSeconds(240))).as("guest marker").isTrue();
        pid = fx.qemuPids().getFirst();
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (conn != null) {
            conn.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    /** The kernel's view of a thread's allowed CPUs ("0-1"). */
    private static String allowed(long tid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/task/" + tid + "/status"))) {
            if (l.startsWith("Cpus_allowed_list:")) {
                return l.substring(l.indexOf(':') + 1).strip();
            }
        }
        throw new IllegalStateException("no Cpus_allowed_list");
    }

    private static String bits(boolean[] map) {
        StringBuilder sb = new StringBuilder();
        for (boolean b : map) {
            sb.append(b ? 'y' : '-');
        }
        return sb.toString();
    }

    private static String list(boolean[] map) {
        java.util.BitSet b = new java.util.BitSet();
        for (int i = 0; i < map.length; i++) {
            if (map[i]) {
                b.set(i);
            }
        }
        return org.jvirt.conf.domain.VcpuPins.format(b);
    }

    /** Thread ids of the vCPUs as the kernel names them ("CPU 0/TCG"). */
    private static Map<Integer, Long> vcpuTidsFromProc() throws IOException {
        try (var s = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return s.collect(Collectors.toMap(p -> {
                try {
                    String comm = Files.readString(p.resolve("comm")).strip();
                    return comm.matches("CPU \\d+/.*") ? Integer.parseInt(comm.substring(4, comm.indexOf('/'))) : -1 - Integer.parseInt(p.getFileName().toString());
                } catch (IOException e) {
                    return -1 - Integer.parseInt(p.getFileName().toString());
                }
            }, p -> Long.parseLong(p.getFileName().toString()))).entrySet().stream().filter(e -> e.getKey() >= 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }

    @Test
    @Order(1)
    void vcpuinfoReportsTheRealThreadsAndTheConfigPinWasAppliedAtStart() throws Exception {
        List<VcpuInfo> info = dom.getVcpuInfo();
        assertThat(info).hasSize(2);
        Map<Integer, Long> tids = vcpuTidsFromProc();
        assertThat(tids).hasSize(2);
        for (VcpuInfo v : info) {
            assertThat(v.state()).isEqualTo(1);
            assertThat(list(v.affinity())).isEqualTo(allowed(tids.get(v.number())));
            assertThat(v.cpu()).isBetween(0, org.jvirt.driver.qemu.host.HostCpus.count() - 1);
        }
        assertThat(info.stream().mapToLong(VcpuInfo::cpuTime).sum()).isPositive();
        if (TWO_CPUS) {
            assertThat(allowed(tids.get(0))).isEqualTo("1");
            assertThat(dom.getXMLDesc(0)).contains("<vcpupin vcpu='0' cpuset='1'/>");
        }
    }

    @Test
    @Order(2)
    void vcpupinLiveMovesTheThreadAndConfigGoesToThePersistentXml() throws Exception {
        Map<Integer, Long> tids = vcpuTidsFromProc();
        int n = org.jvirt.driver.qemu.host.HostCpus.count();
        boolean[] cpu0 = new boolean[n];
        cpu0[0] = true;
        dom.pinVcpu(1, cpu0, 1); // live
        assertThat(allowed(tids.get(1))).isEqualTo("0");
        assertThat(dom.getXMLDesc(0)).contains("<vcpupin vcpu='1' cpuset='0'/>");
        assertThat(bits(dom.getVcpuPinInfo(1).get(1))).isEqualTo("y" + "-".repeat(n - 1));
        assertThat(list(dom.getVcpuInfo().get(1).affinity())).isEqualTo("0");
        assertThat(dom.getXMLDesc(2)).doesNotContain("<vcpupin vcpu='1'");

        dom.pinVcpu(1, cpu0, 2); // config
        assertThat(dom.getXMLDesc(2)).contains("<vcpupin vcpu='1' cpuset='0'/>");
        assertThat(Files.readString(fx.root.resolve("etc/qemu/stats.xml"))).contains("<vcpupin vcpu='1' cpuset='0'/>");
        assertThat(bits(dom.getVcpuPinInfo(2).get(1))).isEqualTo("y" + "-".repeat(n - 1));

        assertThatThrownBy(() -> dom.pinVcpu(5, cpu0, 1)).isInstanceOf(VirtException.class)
                .hasMessage("invalid argument: vcpu 5 is out of range of live cpu count 2");
        assertThatThrownBy(() -> dom.pinVcpu(5, cpu0, 2)).isInstanceOf(VirtException.class)
                .hasMessage("invalid argument: vcpu 5 is out of range of persistent cpu count 2");
        assertThatThrownBy(() -> dom.pinVcpu(0, new boolean[n], 1)).isInstanceOf(VirtException.class)
                .hasMessage("invalid argument: Empty cpu list for pinning");
        assertThatThrownBy(() -> dom.getVcpuPinInfo(3)).isInstanceOf(VirtException.class)
                .hasMessage("Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
    }

    @Test
    @Order(2)
    void emulatorpinMovesQemusMainThread() throws Exception {
        int n = org.jvirt.driver.qemu.host.HostCpus.count();
        assertThat(list(dom.getEmulatorPinInfo(0))).isEqualTo(allowed(pid));
        boolean[] cpu0 = new boolean[n];
        cpu0[0] = true;
        dom.pinEmulator(cpu0, 1);
        assertThat(allowed(pid)).isEqualTo("0");
        assertThat(list(dom.getEmulatorPinInfo(1))).isEqualTo("0");
        assertThat(dom.getXMLDesc(0)).contains("<emulatorpin cpuset='0'/>");
        assertThat(dom.getXMLDesc(2)).doesNotContain("<emulatorpin");
        assertThatThrownBy(() -> dom.pinEmulator(new boolean[n], 1)).isInstanceOf(VirtException.class)
                .hasMessage("invalid argument: Empty cpu list for pinning");
    }

    @Test
    @Order(3)
    void domblkstatCountsTheGuestsReads() {
        BlockStats s = dom.blockStats("vda");
        assertThat(s.rdReq()).isPositive();
        assertThat(s.rdBytes()).isPositive();
        assertThat(s.errs()).isEqualTo(-1);
        BlockStats byPath = dom.blockStats(fx.root.resolve("disk.raw").toString());
        assertThat(byPath.rdReq()).isGreaterThanOrEqualTo(s.rdReq());
        assertThat(dom.blockStats("").rdReq()).isGreaterThanOrEqualTo(s.rdReq());
        assertThatThrownBy(() -> dom.blockStats("vdz")).isInstanceOf(VirtException.class)
                .hasMessage("invalid argument: invalid path: vdz");
    }

    @Test
    @Order(4)
    void domifstatRefusesInterfacesWithoutAHostDevice() {
        assertThatThrownBy(() -> dom.interfaceStats("52:54:00:aa:00:31")).isInstanceOf(VirtException.class)
                .hasMessage("internal error: Interface name not provided");
        assertThatThrownBy(() -> dom.interfaceStats("52:54:00:aa:00:99")).isInstanceOf(VirtException.class)
                .hasMessage("invalid argument: '52:54:00:aa:00:99' is not a known interface");
        assertThatThrownBy(() -> dom.interfaceStats("vnet99")).isInstanceOf(VirtException.class)
                .hasMessage("invalid argument: 'vnet99' is not a known interface");
    }

    @Test
    @Order(5)
    void dommemstatHasTheBalloonTheGuestFiguresAndRss() throws Exception {
        assertThat(dom.getXMLDesc(0)).contains("<stats period='1'/>");
        // the guest's balloon driver answers once a second
        assertThat(QemuDriverFixture.await(Duration.ofSeconds(60),
                () -> dom.memoryStats(13, 0).stream().anyMatch(s -> s.tag() == 9))).as("last_update appears").isTrue();
        Map<String, Long> m = dom.memoryStats(13, 0).stream().collect(Collectors.toMap(MemoryStat::name, MemoryStat::value));
        assertThat(m.get("actual")).isEqualTo(131072);
        assertThat(m.get("rss")).isPositive();
        assertThat(m.get("available")).isPositive().isLessThanOrEqualTo(131072);
        assertThat(m.get("unused")).isPositive();
        assertThat(dom.memoryStats(1, 0)).extracting(MemoryStat::name).containsExactly("actual");

        dom.setMemoryStatsPeriod(0, 1);
        assertThat(dom.getXMLDesc(0)).doesNotContain("<stats period=");
        dom.setMemoryStatsPeriod(7, 2);
        assertThat(dom.getXMLDesc(2)).contains("<stats period='7'/>");
        assertThat(dom.getXMLDesc(0)).doesNotContain("<stats period=");
        assertThatThrownBy(() -> dom.setMemoryStatsPeriod(-1, 0)).isInstanceOf(VirtException.class)
                .hasMessage("period in virDomainSetMemoryStatsPeriod must be zero or greater");
    }

    @Test
    @Order(6)
    void nodeFiguresMatchProcAndSys() throws Exception {
        NodeInfo ni = conn.nodeGetInfo();
        assertThat(ni.model()).isEqualTo("x86_64");
        assertThat(ni.cpus()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(ni.nodes() * ni.sockets() * ni.cores() * ni.threads()).isEqualTo(ni.cpus());
        assertThat(ni.memory()).isPositive();
        assertThat(conn.getMaxVcpus(null)).isEqualTo(16);
        assertThat(conn.getMaxVcpus("qemu")).isEqualTo(16);
        assertThatThrownBy(() -> conn.getMaxVcpus("xen")).isInstanceOf(VirtException.class).hasMessage("invalid argument: unknown type 'xen'");
        assertThat(conn.nodeGetFreeMemory()).isPositive();
        assertThat(conn.nodeGetCPUMap(0).onlineCount()).isEqualTo(ni.cpus());
    }
}
