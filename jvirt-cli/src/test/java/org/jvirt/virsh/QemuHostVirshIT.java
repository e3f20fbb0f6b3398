package org.jvirt.virsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The host commands of jvirsh on qemu:///embed (no guest) against real virsh on libvirt 9.0's own qemu driver
 * (the shared scratch libvirtd, qemu+unix:///system?socket=...): the same output, byte for byte, where the
 * figures hold still (topology, memory size, CPU map, errors); the same lines with numbers masked where the
 * host moves between the two runs (free memory, CPU times).
 */
class QemuHostVirshIT {

    private static final Path SOCK = Path.of("/tmp/jvirt-libvirtd/libvirt-sock");
    private static Path root;

    record Result(String out, String err, int rc) {
        Result masked() {
            // the padding before a number depends on its width (%5.1lf): it goes with the digits
            return new Result(out.replaceAll(" *\\d+(\\.\\d+)?", " N"), err, rc);
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/qemu-system-x86_64")), "qemu-system-x86_64 is not installed");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/virsh")) && Files.exists(SOCK),
                "virsh or the scratch libvirtd (bin/lib/libvirtd-scratch.sh start) is missing");
        Result probe = virsh("nodeinfo");
        Assumptions.assumeTrue(probe.rc == 0, "libvirtd's qemu driver does not answer: " + probe.err);
        root = Files.createTempDirectory(Path.of("/tmp"), "jvh");
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (root != null) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Result virsh(String line) throws Exception {
        Process p = new ProcessBuilder("virsh", "-c", "qemu+unix:///system?socket=" + SOCK, line).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(out, err, p.exitValue());
    }

    private static Result jvirsh(String line) {
        List<String> argv = new ArrayList<>(List.of("-c", "qemu:///embed?root=" + root, line));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("VIRSH_DEFAULT_CONNECT_URI");
        env.remove("LIBVIRT_DEFAULT_URI");
        int rc;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            rc = Main.run(argv.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), o, e, env);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), rc);
    }

    @Test
    @Timeout(300)
    void sameAsLibvirtsQemuDriver() throws Exception {
        for (String line : List.of("nodeinfo", "nodecpumap", "maxvcpus", "maxvcpus --type qemu",
                "freecell 1", "nodecpustats 99", "nodememstats 1")) {
            // the host's memory can change between the two reads (balloons, hotplug): a second look settles it
            Result want = virsh(line);
            Result got = jvirsh(line);
            if (!got.equals(want)) {
                want = virsh(line);
                got = jvirsh(line);
            }
            assertThat(got).as(line).isEqualTo(want);
        }
        for (String line : List.of("freecell", "freecell --all", "freecell 0", "nodememstats", "nodememstats 0",
                "nodecpustats", "nodecpustats 0", "nodecpustats --percent", "nodecpustats 1 --percent")) {
            assertThat(jvirsh(line).masked()).as(line).isEqualTo(virsh(line).masked());
        }
    }
}
