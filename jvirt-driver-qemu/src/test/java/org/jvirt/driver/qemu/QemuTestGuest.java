package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tiny guest that bin/lib/test-guest.sh builds (and caches) from Debian packages: a kernel, an initramfs
 * whose init prints {@link #marker()} on ttyS0 and powers off on the ACPI power button.
 */
public record QemuTestGuest(Path kernel, Path initrd, String cmdline, String marker) {

    public static final String QEMU = "qemu-system-x86_64";

    private static QemuTestGuest cached;

    /**
     * The guest, built on first use. Tests skip (with the reason) when QEMU is not installed; a QEMU host that
     * cannot build the guest is a failure, not a skip, so that a broken script does not hide every VM test.
     */
    public static synchronized QemuTestGuest get() {
        Assumptions.assumeTrue(qemuBinary() != null, QEMU + " is not installed (Debian: qemu-system-x86)");
        if (cached == null) {
            cached = build();
        }
        return cached;
    }

    /** The QEMU binary on PATH, or null. */
    public static Path qemuBinary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, QEMU);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** The project root: the nearest ancestor of the working directory holding bin/lib/test-guest.sh. */
    public static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bin/lib/test-guest.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("bin/lib/test-guest.sh not found above " + Path.of("").toAbsolutePath());
    }

    private static QemuTestGuest build() {
        Path script = projectRoot().resolve("bin/lib/test-guest.sh");
        try {
            Path log = Files.createTempFile("jvirt-test-guest", ".log");
            Process p = new ProcessBuilder("bash", script.toString())
                    .redirectError(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(script + " failed:\n" + Files.readString(log));
            }
            Files.deleteIfExists(log);
            Path dir = Path.of(out);
            QemuTestGuest g = new QemuTestGuest(dir.resolve("vmlinuz"), dir.resolve("initrd.img"),
                    Files.readString(dir.resolve("cmdline")).strip(), Files.readString(dir.resolve("marker")).strip());
            if (Files.size(g.kernel) == 0 || Files.size(g.initrd) == 0) {
                throw new IllegalStateException("empty test guest in " + dir);
            }
            return g;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
