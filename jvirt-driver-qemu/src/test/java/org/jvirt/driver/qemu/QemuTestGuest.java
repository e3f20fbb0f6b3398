package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tiny guest that bin/lib/test-guest.sh builds (and caches) from Debian packages: a kernel, an initramfs
 * whose init prints {@link #marker()} on ttyS0 and powers off on the ACPI power button. The one locator of the
 * QEMU tests of every module (jvirt-cli and jvirt-daemon take it from this module's test jar), with the domain
 * XML that boots it.
 */
public record QemuTestGuest(Path kernel, Path initrd, String cmdline, String marker) {

    public static final String QEMU = "qemu-system-x86_64";

    /** The guest's serial port on a pty: the console that virsh, jvirsh and the stream tests attach to. */
    public static final String PTY_SERIAL = "<serial type='pty'><target port='0'/></serial>";

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

    /** The directory the script left vmlinuz, initrd.img, cmdline and marker in. */
    public Path dir() {
        return kernel.getParent();
    }

    /** The guest's serial port written to a file (what the tests read the marker from). */
    public static String fileSerial(Path log) {
        return "<serial type='file'><source path='" + log + "'/><target port='0'/></serial>";
    }

    /**
     * A domain booting this guest: 128 MiB, one vCPU, ACPI on (the guest powers off on the button), the given
     * serial port and no balloon. Tests adjust it by replacing those lines.
     */
    public String domainXml(String type, String name, String kernel, String serial) {
        return """
                <domain type='%s'>
                  <name>%s</name>
                  <memory unit='KiB'>131072</memory>
                  <vcpu>1</vcpu>
                  <os>
                    <type arch='x86_64' machine='pc'>hvm</type>
                    <kernel>%s</kernel>
                    <initrd>%s</initrd>
                    <cmdline>%s</cmdline>
                  </os>
                  <features><acpi/></features>
                  <devices>
                    %s
                    <memballoon model='none'/>
                  </devices>
                </domain>
                """.formatted(type, name, kernel, initrd, cmdline, serial);
    }

    /** {@link #domainXml} under TCG with the serial port on a pty. */
    public String ptyDomainXml(String name) {
        return domainXml("qemu", name, kernel.toString(), PTY_SERIAL);
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
