package org.jvirt.driver.qemu.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jvirt.driver.qemu.BareQemu;
import org.jvirt.driver.qemu.QemuTestGuest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole monitor stack against real QEMU (TCG) running the test guest: start paused, inspect, run, pause,
 * hotplug a balloon, migrate to a file, and let the guest power off on the ACPI button.
 */
class QmpMonitorRealQemuIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Timeout(300)
    void driveARealGuestThroughTheMonitor() throws Exception {
        QemuTestGuest guest = QemuTestGuest.get();
        RecordingListener events = new RecordingListener();
        try (BareQemu vm = BareQemu.start(guest, true);
             QmpMonitor mon = QmpMonitor.open(vm.qmpSocket(), "guest", Duration.ofSeconds(30),
                     vm.process()::isAlive, events)) {
            assertThat(mon.qemuVersion()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(mon.queryStatus()).isEqualTo(new QmpStatus("prelaunch", false, false));

            List<QmpCpu> cpus = mon.queryCpusFast();
            assertThat(cpus).hasSize(1);
            assertThat(Path.of("/proc", Long.toString(vm.process().pid()), "task", Long.toString(cpus.get(0).threadId())))
                    .as("the vCPU thread is a thread of the QEMU process").exists();

            assertThatThrownBy(() -> mon.execute("no-such-command", null))
                    .isInstanceOfSatisfying(QmpCommandException.class, e -> assertThat(e.errorClass()).isEqualTo("CommandNotFound"))
                    .hasMessage("internal error: unable to execute QEMU command 'no-such-command': "
                            + "The command no-such-command has not been found");
            assertThat(mon.queryBalloon()).isEmpty();
            assertThat(mon.balloon(64L << 20)).isFalse();
            assertThat(mon.deviceDel("nope")).isFalse();

            mon.cont();
            assertThat(events.await("RESUME", 10_000)).isTrue();
            assertThat(mon.queryStatus().running()).isTrue();
            assertThat(vm.awaitSerial(guest.marker(), Duration.ofSeconds(120))).as("console: %s", vm.serial()).isTrue();

            mon.stop();
            assertThat(events.await("STOP", 10_000)).isTrue();
            assertThat(mon.queryStatus()).isEqualTo(new QmpStatus("paused", false, false));
            mon.cont();

            // hotplug: the guest's kernel binds virtio_balloon, inflates on request, and releases on unplug
            mon.deviceAdd(JSON.createObjectNode().put("driver", "virtio-balloon-pci").put("id", "balloon0"));
            assertThat(mon.queryBalloon()).hasValue(128L << 20);
            assertThat(mon.balloon(96L << 20)).isTrue();
            assertThat(events.await("BALLOON_CHANGE", 60_000)).as("events: %s", events.calls()).isTrue();
            assertThat(mon.deviceDel("balloon0")).isTrue();
            assertThat(events.await("DEVICE_DELETED device=balloon0", 60_000)).as("events: %s", events.calls()).isTrue();

            // save's core: paused guest migrated to a file
            Path image = Files.createTempFile("jvirt-migrate", ".img");
            try {
                mon.stop();
                mon.migrateSetCapabilities(java.util.Map.of("events", true));
                mon.migrate("exec:cat > " + image);
                assertThat(events.await("MIGRATION status=completed", 60_000)).as("events: %s", events.calls()).isTrue();
                assertThat(mon.queryMigrate().status()).isEqualTo("completed");
                assertThat(Files.size(image)).isGreaterThan(1L << 20);
                assertThat(mon.queryStatus().status()).isEqualTo("postmigrate");
            } finally {
                Files.deleteIfExists(image);
            }
            mon.cont();

            mon.systemPowerdown();
            assertThat(events.await("CLOSED", 60_000)).as("events: %s", events.calls()).isTrue();
            assertThat(events.calls()).containsSubsequence("POWERDOWN", "SHUTDOWN guest=true reason=guest-shutdown", "CLOSED EOF");
            assertThat(vm.awaitExit(Duration.ofSeconds(30))).isZero();
            assertThatThrownBy(mon::cont).hasMessage("internal error: End of file from qemu monitor (vm='guest')");
        }
    }
}
