package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;

/**
 * The bridge/ethernet scenario of {@link QemuNetnsIT}, run by a child JVM inside a fresh network namespace
 * ({@code unshare --net}): the driver's own tap code and QEMU act on that namespace only, and everything in it
 * (bridge, taps) disappears with its last process. Refuses to run in the host's namespace. Prints
 * {@code ROOT <dir>} first and {@code NETNS-SCENARIO-OK} at the end; any failure exits non-zero.
 */
public final class NetnsScenario {

    private NetnsScenario() {
    }

    public static void main(String[] args) throws Exception {
        // args[0]: the parent's namespace (e.g. "net:[4026531840]"); this JVM must be in another one
        if (args.length != 1 || Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString().equals(args[0])) {
            System.err.println("refusing to run in the host's network namespace");
            System.exit(2);
        }
        try (QemuDriverFixture fx = new QemuDriverFixture()) {
            System.out.println("ROOT " + fx.root);
            System.out.flush();
            run(fx);
        }
        System.out.println("NETNS-SCENARIO-OK");
        System.exit(0);
    }

    private static void run(QemuDriverFixture fx) throws Exception {
        ip("link", "set", "lo", "up");
        ip("link", "add", "br0", "type", "bridge");
        ip("link", "set", "br0", "up");
        Path script = fx.root.resolve("ifup");
        Path scriptArg = fx.root.resolve("ifup.arg");
        Files.writeString(script, "#!/bin/sh\necho \"$1\" > " + scriptArg + "\nexec ip link set \"$1\" master br0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path failing = fx.root.resolve("ifup-fails");
        Files.writeString(failing, "#!/bin/sh\nexit 3\n");
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));

        try (Connect c = Connect.open(fx.uri())) {
            // a missing bridge: libvirt's error, the tap made for it is gone again
            Domain bad = c.domainDefineXML(QemuNetworkIT.guestXml(fx, "nobr", "bridge", "<source bridge='nobr'/>", ""), 0);
            assertThatThrownBy(bad::create).isInstanceOf(VirtException.class)
                    .hasMessage("Cannot get interface MTU on 'nobr': No such device");
            assertThat(links()).doesNotContain("vnet");
            step("missing bridge refused, no tap left");

            // a failing <script>: start fails, every tap of that start is removed (two NICs: bridge + ethernet)
            String two = QemuNetworkIT.guestXml(fx, "failscript", "bridge", "<source bridge='br0'/>", "")
                    .replace("<memballoon", "<interface type='ethernet'><script path='" + failing + "'/></interface>\n    <memballoon");
            Domain fs = c.domainDefineXML(two, 0);
            assertThatThrownBy(fs::create).isInstanceOf(VirtException.class)
                    .hasMessageMatching("internal error: Child process \\(" + Pattern.quote(failing.toString()) + " vnet\\d+\\) unexpected exit status 3");
            assertThat(links()).doesNotContain("vnet");
            assertThat(fx.qemuPids()).isEmpty();
            step("failing script refused, no tap left");

            // traffic: guest A on br0 through a generated vnetN, guest B 'ethernet' on tap jvtap1 that its script puts on br0
            Domain a = c.domainCreateXML(QemuNetworkIT.guestXml(fx, "bra", "bridge",
                    "<mac address='52:54:00:bb:00:01'/><source bridge='br0'/>", "jvirt.ip=10.0.4.1/24 jvirt.ping=10.0.4.2"), 0);
            Domain b = c.domainCreateXML(QemuNetworkIT.guestXml(fx, "ethb", "ethernet",
                    "<mac address='52:54:00:bb:00:02'/><target dev='jvtap1'/><script path='" + script + "'/>",
                    "jvirt.ip=10.0.4.2/24 jvirt.ping=10.0.4.1"), 0);
            Matcher m = Pattern.compile("<target dev='(vnet\\d+)'/>").matcher(a.getXMLDesc(0));
            assertThat(m.find()).as(a.getXMLDesc(0)).isTrue();
            String tapA = m.group(1);
            assertThat(b.getXMLDesc(0)).contains("<target dev='jvtap1'/>");
            assertThat(Files.readString(scriptArg).strip()).isEqualTo("jvtap1");
            String linkA = ip("-o", "link", "show", "dev", tapA);
            assertThat(linkA).contains("master br0").contains(",UP").contains("link/ether fe:54:00:bb:00:01");
            assertThat(ip("-o", "link", "show", "dev", "jvtap1")).contains("master br0").contains("link/ether fe:54:00:bb:00:02");
            step("taps " + tapA + " and jvtap1 on br0 with fe: MACs");

            assertThat(awaitSerial(fx, "bra", "JVIRT-PING-OK 10.0.4.2")).as(serial(fx, "bra")).isTrue();
            assertThat(awaitSerial(fx, "ethb", "JVIRT-PING-OK 10.0.4.1")).as(serial(fx, "ethb")).isTrue();
            step("bra and ethb ping each other over br0");

            // domifstat: the host's counters of each tap; a bridge port is seen from the host (rx and tx swapped),
            // an ethernet tap shares the host's view
            long[] beforeA = {linkCounter(tapA, "tx_packets"), linkCounter(tapA, "rx_packets")};
            long[] beforeB = {linkCounter("jvtap1", "rx_packets"), linkCounter("jvtap1", "tx_packets")};
            assertCounters(a.interfaceStats(tapA), tapA, true, beforeA);
            assertCounters(b.interfaceStats("52:54:00:bb:00:02"), "jvtap1", false, beforeB);
            step("domifstat reads the taps' counters");

            // hotplug: a bridge NIC plugged into the running guest gets a tap on br0 (net1), detach removes the tap
            a.attachDevice("<interface type='bridge'><mac address='52:54:00:bb:00:03'/><source bridge='br0'/>"
                    + "<model type='virtio'/></interface>", 1);
            String hot = null;
            for (Matcher t = Pattern.compile("<target dev='(vnet\\d+)'/>").matcher(a.getXMLDesc(0)); t.find(); ) {
                if (!t.group(1).equals(tapA)) {
                    hot = t.group(1);
                }
            }
            assertThat(hot).as(a.getXMLDesc(0)).isNotNull();
            assertThat(a.getXMLDesc(0)).contains("<alias name='net1'/>");
            assertThat(ip("-o", "link", "show", "dev", hot)).contains("master br0").contains("link/ether fe:54:00:bb:00:03");
            a.detachDeviceAlias("net1", 1);
            assertThat(a.getXMLDesc(0)).doesNotContain("net1").doesNotContain("52:54:00:bb:00:03");
            assertThat(links()).doesNotContain(hot + ":");
            step("hotplugged bridge NIC " + hot + " joined br0 and left with detach");

            a.destroy();
            b.destroy();
            String after = links();
            assertThat(after).doesNotContain(tapA + ":").doesNotContain("jvtap1").contains("br0");
            step("destroy removed both taps, the bridge stays");
        }
    }

    /** The stats lie between the kernel's own counters of the tap read before and after them (traffic may still flow). */
    private static void assertCounters(org.jvirt.InterfaceStats st, String tap, boolean swapped, long[] before) throws IOException {
        String rx = swapped ? "tx" : "rx";
        String tx = swapped ? "rx" : "tx";
        assertThat(st.rxPackets()).isPositive().isGreaterThanOrEqualTo(before[0]);
        assertThat(st.txPackets()).isPositive().isGreaterThanOrEqualTo(before[1]);
        assertThat(st.rxPackets()).isLessThanOrEqualTo(linkCounter(tap, rx + "_packets"));
        assertThat(st.txPackets()).isLessThanOrEqualTo(linkCounter(tap, tx + "_packets"));
        assertThat(st.rxBytes()).isLessThanOrEqualTo(linkCounter(tap, rx + "_bytes"));
        // the guest's own side: what it received is what the host sent into the tap, never more
        assertThat(st.rxBytes()).isGreaterThan(st.rxPackets() * 40);
    }

    /** A counter from netlink ({@code ip -s -o link}): /sys/class/net shows the host's namespace, not ours. */
    private static long linkCounter(String dev, String counter) throws IOException {
        try {
            String line = ip("-s", "-o", "link", "show", "dev", dev);
            Matcher m = Pattern.compile((counter.startsWith("rx") ? "RX" : "TX") + ":[^\\\\]*\\\\\\s+(\\d+)\\s+(\\d+)").matcher(line);
            if (!m.find()) {
                throw new IllegalStateException("no counters in: " + line);
            }
            return Long.parseLong(m.group(counter.endsWith("bytes") ? 1 : 2));
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    private static void step(String what) {
        System.out.println("STEP " + what);
        System.out.flush();
    }

    private static boolean awaitSerial(QemuDriverFixture fx, String name, String text) throws InterruptedException {
        return QemuDriverFixture.await(Duration.ofSeconds(240), () -> serial(fx, name).contains(text) || serial(fx, name).contains("JVIRT-PING-FAIL"))
                && serial(fx, name).contains(text);
    }

    private static String serial(QemuDriverFixture fx, String name) {
        try {
            return Files.exists(fx.serialLog(name)) ? Files.readString(fx.serialLog(name)) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String links() throws IOException, InterruptedException {
        return ip("-o", "link", "show");
    }

    /** Test set-up and inspection in this namespace only (the driver itself never runs ip). */
    private static String ip(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(cmd + " failed: " + out);
        }
        return out;
    }
}
