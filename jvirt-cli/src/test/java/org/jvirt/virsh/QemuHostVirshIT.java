package org.jvirt.virsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.virsh.ScratchLibvirtdQemu.virsh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jvirt.virsh.ScratchLibvirtdQemu.Result;
import org.junit.jupiter.api.AfterAll;
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

    private static Path root;

    @BeforeAll
    static void setUp() throws Exception {
        ScratchLibvirtdQemu.assumeAvailable();
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

    private static Result jvirsh(String line) {
        return ScratchLibvirtdQemu.jvirsh(root, line);
    }

    /** The padding before a number depends on its width (%5.1lf): it goes with the digits. */
    private static Result masked(Result r) {
        return r.maskOut(" *\\d+(\\.\\d+)?", " N");
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
            assertThat(masked(jvirsh(line))).as(line).isEqualTo(masked(virsh(line)));
        }
    }
}
