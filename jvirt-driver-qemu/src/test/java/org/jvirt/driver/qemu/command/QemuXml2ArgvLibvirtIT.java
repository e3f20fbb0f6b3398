package org.jvirt.driver.qemu.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jvirt.driver.qemu.QemuTestGuest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden argvs against real libvirt 9.0 (a scratch libvirtd, bin/lib/libvirtd-scratch.sh). domxml-to-native
 * must give the same argv except: libvirt's master-key secret object (jvirt has none), and the -netdev values,
 * because domxml-to-native turns every NIC into a tap passed by fd. The real netdevs are compared by starting
 * the socket-modes guest in libvirtd and reading its QEMU's command line. The tap case is left out: libvirt
 * would create taps and run scripts on the host.
 */
@Timeout(300)
class QemuXml2ArgvLibvirtIT {

    private static String uri;

    @BeforeAll
    static void libvirtd() throws Exception {
        Assumptions.assumeTrue(onPath("virsh") && onPath("libvirtd"), "libvirt 9.0 (virsh, libvirtd) is not installed");
        Path script = QemuTestGuest.projectRoot().resolve("bin/lib/libvirtd-scratch.sh");
        Assumptions.assumeTrue(run(List.of("bash", script.toString(), "start")).status == 0, "scratch libvirtd did not start");
        uri = "qemu+unix:///system?socket=" + run(List.of("bash", script.toString(), "socket")).out.strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny-guest", "seed-qemu-fedora", "disks", "disk-cache-boot-order", "net-socket-modes"})
    void sameArgvAsLibvirtDomxmlToNative(String name) throws Exception {
        Result r = run(List.of("virsh", "-c", uri, "domxml-to-native", "qemu-argv",
                QemuXml2ArgvTest.DIR.resolve(name + ".xml").toString()));
        assertThat(r.status).as(r.out).isZero();
        assertThat(normalize(shellWords(r.out))).isEqualTo(normalize(QemuXml2ArgvTest.argv(name)));
    }

    @Test
    void socketNetdevsAsLibvirtStartsThem() throws Exception {
        Assumptions.assumeTrue(QemuTestGuest.qemuBinary() != null, "QEMU is not installed");
        String xml = QemuXml2ArgvTest.DIR.resolve("net-socket-modes.xml").toString();
        Result created = run(List.of("virsh", "-c", uri, "create", xml));
        assertThat(created.status).as(created.out).isZero();
        try {
            Result pid = run(List.of("pgrep", "-f", "guest=net-socket,"));
            String cmdline = Files.readString(Path.of("/proc", pid.out.strip().split("\n")[0], "cmdline"));
            List<String> libvirt = List.of(cmdline.split("\0"));
            assertThat(netdevs(libvirt)).hasSize(4).isEqualTo(netdevs(QemuXml2ArgvTest.argv("net-socket-modes")));
        } finally {
            run(List.of("virsh", "-c", uri, "destroy", "net-socket"));
        }
    }

    private static List<String> netdevs(List<String> argv) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < argv.size(); i++) {
            if (argv.get(i).equals("-netdev")) {
                out.add(argv.get(i + 1));
            }
        }
        return out;
    }

    /** Drops the env prefix, libvirt's master-key object, and -netdev values (see the class comment). */
    private static List<String> normalize(List<String> argv) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < argv.size() && !argv.get(i).startsWith("/")) {
            i++; // LC_ALL=C PATH=... HOME=...
        }
        for (; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("-object") && i + 1 < argv.size() && argv.get(i + 1).contains("\"masterKey0\"")) {
                i++;
            } else if (a.equals("-netdev") && i + 1 < argv.size()) {
                out.add(a);
                out.add("<netdev>");
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** Splits libvirt's printed command line: words quoted with '...' and ' written as '\''. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    w.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    private record Result(int status, String out) {
    }

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out);
    }

    /** On PATH, or in /usr/sbin (libvirtd lives there and a non-root PATH may lack it). */
    private static boolean onPath(String cmd) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin";
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, cmd))) {
                return true;
            }
        }
        return false;
    }
}
