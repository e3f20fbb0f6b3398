package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jvirt.spi.ConnectUri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files behind autostart: libvirt's link layout and virDriverShouldAutostart's once-per-boot marker. */
class QemuAutostartTest {

    @TempDir
    Path root;

    private QemuDriverConfig config() throws Exception {
        QemuDriverConfig c = QemuDriverConfig.of(ConnectUri.parse("qemu:///embed?root=" + root), Map.of(), 1000);
        Files.createDirectories(c.configDir());
        Files.createDirectories(c.stateDir());
        return c;
    }

    @Test
    void linkInAutostartDirPointsAtTheConfig() throws Exception {
        QemuDriverConfig c = config();
        assertThat(c.autostartLink("vm")).isEqualTo(root.resolve("etc/qemu/autostart/vm.xml"));
        Files.writeString(c.configFile("vm"), "<domain/>");
        assertThat(QemuAutostart.isMarked(c, "vm")).isFalse();
        Files.createDirectories(c.autostartDir());
        Files.createSymbolicLink(c.autostartLink("vm"), c.configFile("vm"));
        assertThat(QemuAutostart.isMarked(c, "vm")).isTrue();
        // a link to some other file does not count (virFileLinkPointsTo)
        Files.writeString(c.configFile("other"), "<domain/>");
        Files.createSymbolicLink(c.autostartLink("other"), c.configFile("vm"));
        assertThat(QemuAutostart.isMarked(c, "other")).isFalse();
        // a dangling link neither
        Files.createSymbolicLink(c.autostartLink("gone"), c.configFile("gone"));
        assertThat(QemuAutostart.isMarked(c, "gone")).isFalse();
    }

    @Test
    void autostartRunsOncePerMarker() throws Exception {
        QemuDriverConfig c = config();
        assertThat(c.autostartedMarker()).isEqualTo(root.resolve("run/qemu/autostarted"));
        assertThat(QemuAutostart.shouldAutostart(c)).isTrue();
        assertThat(c.autostartedMarker()).exists();
        assertThat(QemuAutostart.shouldAutostart(c)).as("a second process in the same boot").isFalse();
        Files.delete(c.autostartedMarker()); // /run emptied by a host reboot
        assertThat(QemuAutostart.shouldAutostart(c)).isTrue();
    }
}
