package org.jvirt.driver.qemu.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.domain.DomainDef;
import org.junit.jupiter.api.Test;

/** Restore's argv: the golden argv plus {@code -incoming defer}, where libvirt puts it (before the balloon). */
class QemuIncomingArgvTest {

    @Test
    void incomingDeferIsTheOnlyDifferenceAndPrecedesTheBalloon() throws Exception {
        for (String name : List.of("tiny-guest", "seed-qemu-fedora")) {
            DomainDef def = QemuXml2ArgvTest.parse(name);
            Path sock = Path.of("/run/x/monitor.sock");
            List<String> plain = QemuCommandBuilder.build(def, QemuXml2ArgvTest.CAPS, sock);
            List<String> incoming = QemuCommandBuilder.build(def, QemuXml2ArgvTest.CAPS, sock, true);
            int at = incoming.indexOf("-incoming");
            assertThat(at).as(name).isPositive();
            assertThat(incoming.get(at + 1)).isEqualTo("defer");
            List<String> without = new ArrayList<>(incoming);
            without.remove(at);
            without.remove(at);
            assertThat(without).as(name).isEqualTo(plain);
            int balloon = indexOfContaining(incoming, "virtio-balloon");
            if (balloon >= 0) {
                assertThat(at).isLessThan(balloon);
            }
            assertThat(at).isLessThan(incoming.indexOf("-sandbox"));
        }
    }

    private static int indexOfContaining(List<String> argv, String s) {
        for (int i = 0; i < argv.size(); i++) {
            if (argv.get(i).contains(s)) {
                return i;
            }
        }
        return -1;
    }
}
