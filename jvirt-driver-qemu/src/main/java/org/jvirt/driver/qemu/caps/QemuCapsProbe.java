package org.jvirt.driver.qemu.caps;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jvirt.driver.qemu.monitor.QmpEventListener;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * Runs a QEMU binary with {@code -machine none} and asks it over QMP what it offers (query-machines,
 * query-cpu-definitions, query-kvm; the version comes from the greeting), as libvirt's virQEMUCapsInitQMP does.
 * The process is always gone when this returns.
 */
public final class QemuCapsProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private QemuCapsProbe() {
    }

    /**
     * Probes {@code binary}; {@code tmpDir} holds the QMP socket for the duration (kept short: unix socket paths
     * are limited to 107 bytes). {@code hostKvm} asks QEMU to try KVM first (the probe still works without).
     */
    public static QemuBinaryCaps probe(Path binary, long mtime, long size, boolean hostKvm, Path tmpDir) {
        Path dir;
        try {
            Files.createDirectories(tmpDir);
            dir = Files.createTempDirectory(tmpDir, "probe");
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Failed to create probe directory %s: %s", tmpDir, e.getMessage());
        }
        Path sock = dir.resolve("qmp.sock");
        Path log = dir.resolve("log");
        List<String> argv = List.of(binary.toString(), "-S", "-no-user-config", "-nodefaults", "-nographic",
                "-machine", "none,accel=" + (hostKvm ? "kvm:tcg" : "tcg"),
                "-qmp", "unix:" + sock + ",server=on,wait=off");
        Process p = null;
        try {
            p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            Process proc = p;
            try (QmpMonitor mon = QmpMonitor.open(sock, "capabilities probe", TIMEOUT, proc::isAlive, new QmpEventListener() { })) {
                String version = mon.qemuVersion();
                List<QemuMachine> machines = new ArrayList<>();
                for (JsonNode m : mon.execute("query-machines", null)) {
                    machines.add(new QemuMachine(m.path("name").asText(), m.path("alias").asText(null),
                            m.path("cpu-max").asInt(0), m.path("deprecated").asBoolean(false),
                            m.path("is-default").asBoolean(false)));
                }
                List<String> cpus = new ArrayList<>();
                for (JsonNode c : mon.execute("query-cpu-definitions", null)) {
                    cpus.add(c.path("name").asText());
                }
                boolean kvm = mon.execute("query-kvm", null).path("enabled").asBoolean(false);
                try {
                    mon.quit();
                } catch (VirtException e) {
                    // QEMU may close the socket before answering quit
                }
                return new QemuBinaryCaps(QemuBinaryCaps.FORMAT, binary.toString(), mtime, size, hostKvm, version,
                        archOf(binary), machines, cpus, kvm);
            }
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Cannot run QEMU binary %s: %s", binary, e.getMessage());
        } catch (VirtException e) {
            String out = readQuietly(log);
            throw out.isEmpty() ? e : VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU,
                    "Failed to probe capabilities for %s: %s", binary, out);
        } finally {
            if (p != null) {
                p.destroyForcibly();
                try {
                    p.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            deleteTree(dir);
        }
    }

    /** The guest architecture of qemu-system-ARCH, in libvirt's names; null for other names. */
    public static String archOf(Path binary) {
        String n = binary.getFileName().toString();
        if (!n.startsWith("qemu-system-")) {
            return null;
        }
        String a = n.substring("qemu-system-".length());
        if (!a.matches("[a-z0-9_]+")) {
            return null; // e.g. qemu-system-x86_64-microvm: a variant, not an architecture (libvirt skips it)
        }
        return switch (a) {
            case "i386" -> "i686";
            case "ppc" -> "ppc";
            default -> a;
        };
    }

    private static String readQuietly(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            // best effort: a leftover empty probe directory in the cache dir is harmless
        }
    }
}
