package org.jvirt.virsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The two shells of the QEMU comparisons: real virsh on the shared scratch libvirtd's QEMU driver
 * (qemu+unix:///system?socket=..., bin/lib/libvirtd-scratch.sh) and jvirsh in-process (on a qemu:///embed root).
 */
final class ScratchLibvirtdQemu {

    static final Path SOCK = Path.of("/tmp/jvirt-libvirtd/libvirt-sock");

    /** One command's output, error text and exit status. */
    record Result(String out, String err, int rc) {
        /** The output with every match of {@code regex} replaced: the figures the host moves between two runs. */
        Result maskOut(String regex, String replacement) {
            return new Result(out.replaceAll(regex, replacement), err, rc);
        }
    }

    private ScratchLibvirtdQemu() {
    }

    /** Skips the test unless QEMU, virsh and the scratch libvirtd are there and its QEMU driver answers. */
    static void assumeAvailable() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/qemu-system-x86_64")), "qemu-system-x86_64 is not installed");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/virsh")) && Files.exists(SOCK),
                "virsh or the scratch libvirtd (bin/lib/libvirtd-scratch.sh start) is missing");
        Result probe = virsh("nodeinfo");
        Assumptions.assumeTrue(probe.rc == 0, "libvirtd's qemu driver does not answer: " + probe.err);
    }

    /** Real virsh, one command line, on libvirtd's QEMU driver. */
    static Result virsh(String line) throws Exception {
        Process p = new ProcessBuilder("virsh", "-c", "qemu+unix:///system?socket=" + SOCK, line).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(out, err, p.exitValue());
    }

    /** jvirsh in-process, one command line, on {@code qemu:///embed?root=ROOT}. */
    static Result jvirsh(Path root, String line) {
        return jvirsh(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                List.of("-c", "qemu:///embed?root=" + root, line));
    }

    /** jvirsh in-process with these arguments, stdin and stdout, without the caller's default URIs. */
    static Result jvirsh(InputStream in, ByteArrayOutputStream out, List<String> argv) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("VIRSH_DEFAULT_CONNECT_URI");
        env.remove("LIBVIRT_DEFAULT_URI");
        int rc;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            rc = Main.run(argv.toArray(String[]::new), in, o, e, env);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), rc);
    }
}
