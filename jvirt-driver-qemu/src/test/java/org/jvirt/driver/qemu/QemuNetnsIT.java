package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bridge and ethernet NICs on real QEMU without touching the host's network: a child JVM runs
 * {@link NetnsScenario} under {@code unshare --net}, so the driver's own tap code, the bridge and QEMU live in a
 * private network namespace that vanishes with its processes. Needs root (CAP_NET_ADMIN, /dev/net/tun) and
 * util-linux's unshare and iproute2's ip for the test's own set-up.
 */
class QemuNetnsIT {

    @Test
    @Timeout(900)
    void twoGuestsOnABridgeInAPrivateNetworkNamespace() throws Exception {
        QemuTestGuest.get(); // skips without QEMU; builds the guest here, not in the child
        Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/net/tun")), "no /dev/net/tun");
        Assumptions.assumeTrue(onPath("unshare") && onPath("ip"), "unshare (util-linux) and ip (iproute2) are needed");
        Assumptions.assumeTrue((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0, "needs root");

        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of("unshare", "--net", "--", java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), NetnsScenario.class.getName(),
                Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString());
        Path out = Files.createTempFile("jvirt-netns", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        String log;
        try {
            boolean done = p.waitFor(840, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            log = Files.readString(out);
            assertThat(done).as("scenario finished:\n" + log).isTrue();
        } finally {
            killLeftovers(Files.readString(out));
            Files.deleteIfExists(out);
        }
        System.out.println(log); // the scenario's steps, kept in the failsafe report
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("STEP missing bridge refused, no tap left", "STEP failing script refused, no tap left",
                "STEP bra and ethb ping each other over br0", "STEP domifstat reads the taps' counters", "STEP destroy removed both taps, the bridge stays",
                "NETNS-SCENARIO-OK");
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** QEMUs of the child's root that outlived it (a child killed on timeout), by pid; and the root itself. */
    private static void killLeftovers(String log) throws IOException {
        String root = log.lines().filter(l -> l.startsWith("ROOT ")).map(l -> l.substring(5)).findFirst().orElse(null);
        if (root == null) {
            return;
        }
        QemuTestProcesses.kill(root);
        QemuProcess.QemuFiles.deleteTree(Path.of(root));
    }
}
