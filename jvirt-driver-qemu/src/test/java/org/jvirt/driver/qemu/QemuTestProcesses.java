package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The QEMU processes a test started, found by what their command line names (the test's private directory or a
 * file in it): guests outlive the driver, so every QEMU test cleans up by these, and kills by pid only those.
 */
public final class QemuTestProcesses {

    private QemuTestProcesses() {
    }

    /** Pids of live (not zombie) QEMU processes whose command line contains {@code needle}. */
    public static List<Long> mentioning(String needle) {
        List<Long> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!n.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmd.contains("qemu-system") && cmd.contains(needle) && QemuProcs.alive(Long.parseLong(n))) {
                        out.add(Long.parseLong(n));
                    }
                } catch (IOException e) {
                    // the process went away meanwhile
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Kills the processes {@link #mentioning} finds and waits (5 s at most each) until they are gone. */
    public static void kill(String needle) {
        for (long pid : mentioning(needle)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            QemuProcess.waitGone(pid, Duration.ofSeconds(5));
        }
    }
}
