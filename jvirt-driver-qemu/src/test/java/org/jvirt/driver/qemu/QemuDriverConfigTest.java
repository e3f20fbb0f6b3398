package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.jvirt.spi.ConnectUri;
import org.junit.jupiter.api.Test;

class QemuDriverConfigTest {

    private static QemuDriverConfig of(String uri, Map<String, String> env, long uid) {
        return QemuDriverConfig.of(ConnectUri.parse(uri), env, uid);
    }

    @Test
    void systemIsForRootOnly() {
        QemuDriverConfig c = of("qemu:///system", Map.of(), 0);
        assertThat(c.configDir()).isEqualTo(Path.of("/etc/jvirt/qemu"));
        assertThat(c.stateDir()).isEqualTo(Path.of("/run/jvirt/qemu"));
        assertThatThrownBy(() -> of("qemu:///system", Map.of(), 1000)).hasMessageContaining("try qemu:///session");
    }

    @Test
    void sessionUsesXdgDirectories() {
        QemuDriverConfig c = of("qemu:///session", Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/cfg",
                "XDG_RUNTIME_DIR", "/run/user/1000"), 1000);
        assertThat(c.configDir()).isEqualTo(Path.of("/cfg/jvirt/qemu"));
        assertThat(c.stateDir()).isEqualTo(Path.of("/run/user/1000/jvirt/qemu"));
        assertThat(c.cacheDir()).isEqualTo(Path.of("/home/u/.cache/jvirt/qemu/cache"));
        assertThat(of("qemu:///session", Map.of("HOME", "/home/u"), 1000).configDir())
                .isEqualTo(Path.of("/home/u/.config/jvirt/qemu"));
    }

    @Test
    void embedPutsEverythingUnderRoot() {
        QemuDriverConfig c = of("qemu:///embed?root=/tmp/r/../x", Map.of(), 0);
        assertThat(c.uri()).isEqualTo("qemu:///embed?root=/tmp/x");
        for (Path p : new Path[] {c.configDir(), c.stateDir(), c.cacheDir(), c.logDir()}) {
            assertThat(p.startsWith(Path.of("/tmp/x"))).as(p.toString()).isTrue();
        }
        assertThat(c.root()).isEqualTo(of("qemu:///embed?root=/tmp/x", Map.of(), 0).root());
        assertThatThrownBy(() -> of("qemu:///embed", Map.of(), 0)).hasMessageContaining("root parameter is required");
        assertThatThrownBy(() -> of("qemu:///embed?root=rel", Map.of(), 0)).hasMessageContaining("absolute");
        assertThatThrownBy(() -> of("qemu:///nope", Map.of(), 0)).hasMessageContaining("unexpected QEMU URI path '/nope'");
    }

    @Test
    void runDirectoryCutsLongNames() {
        QemuDriverConfig c = of("qemu:///embed?root=/r", Map.of(), 0);
        assertThat(c.domainDir(7, "a-very-long-domain-name-indeed")).isEqualTo(Path.of("/r/run/qemu/domain-7-a-very-long-domain-n"));
    }
}
