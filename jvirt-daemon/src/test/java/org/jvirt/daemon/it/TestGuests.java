package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The tiny test guest of bin/lib/test-guest.sh (cached after its first build) and a domain booting it. */
final class TestGuests {

    private TestGuests() {
    }

    /** The directory with vmlinuz, initrd.img and cmdline. */
    static Path build() throws Exception {
        Path script = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && script == null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bin/lib/test-guest.sh"))) {
                script = p.resolve("bin/lib/test-guest.sh");
            }
        }
        assertThat(script).as("bin/lib/test-guest.sh above the working directory").isNotNull();
        Process p = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("test-guest.sh").isZero();
        return Path.of(out);
    }

    /** TCG, 128 MiB, the serial port on a pty. */
    static String domainXml(String name, Path guest) throws IOException {
        return """
                <domain type='qemu'>
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
                    <serial type='pty'><target port='0'/></serial>
                    <memballoon model='none'/>
                  </devices>
                </domain>
                """.formatted(name, guest.resolve("vmlinuz"), guest.resolve("initrd.img"),
                Files.readString(guest.resolve("cmdline")).strip());
    }
}
