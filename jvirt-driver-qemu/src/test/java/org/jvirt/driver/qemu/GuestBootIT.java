package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The test guest boots on bare QEMU under TCG, prints its marker on the serial console, and powers itself off
 * when QMP presses the ACPI power button. QMP here is hand-written JSON lines on purpose: this proves the guest,
 * not jvirt's monitor code (QmpMonitorRealQemuIT does that).
 */
class GuestBootIT {

    @Test
    @Timeout(180)
    void bootsPrintsMarkerAndPowersOffOnAcpiButton() throws Exception {
        QemuTestGuest guest = QemuTestGuest.get();
        try (BareQemu vm = BareQemu.start(guest, false)) {
            assertThat(vm.awaitSerial(guest.marker(), Duration.ofSeconds(120)))
                    .as("marker on the serial console; console so far:%n%s%nstderr:%n%s", vm.serial(), vm.stderr())
                    .isTrue();

            try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(vm.qmpSocket()))) {
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
                Writer out = Channels.newWriter(ch, StandardCharsets.UTF_8);
                assertThat(in.readLine()).contains("\"QMP\"");
                out.write("{\"execute\":\"qmp_capabilities\"}\r\n{\"execute\":\"system_powerdown\",\"id\":\"pd\"}\r\n");
                out.flush();
                String line;
                boolean answered = false;
                while (!answered && (line = in.readLine()) != null) {
                    answered = line.contains("\"id\": \"pd\"") && line.contains("\"return\"");
                }
                assertThat(answered).as("system_powerdown answered").isTrue();
            }

            assertThat(vm.awaitExit(Duration.ofSeconds(60)))
                    .as("QEMU exits by itself after the power button; console:%n%s", vm.serial())
                    .isZero();
            assertThat(vm.serial()).contains("power button pressed");
        }
    }
}
