package org.jvirt.driver.qemu.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.driver.qemu.QemuTestGuest;
import org.jvirt.driver.qemu.monitor.QmpEventListener;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The builder's argv runs on real QEMU 7.2: the test guest, described in domain XML, starts paused, runs, and
 * powers off on the ACPI button; with -no-shutdown QEMU then stays, stopped in "shutdown", until quit.
 */
class QemuCommandRealQemuIT {

    @Test
    @Timeout(300)
    void builtArgvBootsTheTestGuest() throws Exception {
        QemuTestGuest guest = QemuTestGuest.get();
        Path dir = Files.createTempDirectory("jvirt-argv");
        Path serial = dir.resolve("serial,0.log"); // a comma: the chardev path must be escaped to work
        // a USB controller and a virtio balloon beside the guest's usual devices: their argv must start too
        String xml = guest.domainXml("qemu", "argv-it", guest.kernel().toString(), QemuTestGuest.fileSerial(serial))
                .replace("<memballoon model='none'/>", "<controller type='usb' model='piix3-uhci'/><memballoon model='virtio'/>");
        DomainDef def = DomainXml.parse(xml, QemuXml2ArgvTest.parseOptions());
        Path socket = dir.resolve("monitor.sock");
        List<String> argv = QemuCommandBuilder.build(def, QemuXml2ArgvTest.CAPS, socket);

        CompletableFuture<Boolean> guestShutdown = new CompletableFuture<>();
        QmpEventListener events = new QmpEventListener() {
            @Override
            public void onShutdown(boolean byGuest, String reason) {
                guestShutdown.complete(byGuest);
            }
        };
        long t0 = System.nanoTime();
        Process qemu = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(dir.resolve("qemu.log").toFile()).start();
        try (QmpMonitor mon = QmpMonitor.open(socket, def.name(), Duration.ofSeconds(30), qemu::isAlive, events)) {
            mon.cont();
            System.out.printf("jvirt argv: spawn + QMP + cont in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.exists(serial) && Files.readString(serial).contains(guest.marker()))) {
                assertThat(System.nanoTime() < deadline && qemu.isAlive())
                        .as("marker on the serial file; qemu log: %s", Files.readString(dir.resolve("qemu.log"))).isTrue();
                Thread.sleep(100);
            }
            assertThat(mon.queryBalloon()).hasValue(128L << 20);
            mon.systemPowerdown();
            assertThat(guestShutdown.get(60, TimeUnit.SECONDS)).as("SHUTDOWN came from the guest").isTrue();
            assertThat(qemu.isAlive()).as("-no-shutdown keeps QEMU for the driver to decide").isTrue();
            assertThat(mon.queryStatus().status()).isEqualTo("shutdown");
            mon.quit();
            assertThat(qemu.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            qemu.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
