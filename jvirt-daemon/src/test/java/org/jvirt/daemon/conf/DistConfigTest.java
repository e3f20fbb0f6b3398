package org.jvirt.daemon.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** dist/jvirtd.conf, the example shipped with the project: it loads, and every setting it shows is valid. */
class DistConfigTest {

    private static final Path DIST = Path.of("../dist/jvirtd.conf");
    private static final HostPaths ROOT = HostPaths.of(true, Map.of("HOME", "/root"));

    @Test
    void asShippedItGivesTheDefaults() throws Exception {
        assertThat(DaemonConfig.load(DIST, ROOT)).isEqualTo(DaemonConfig.defaults(ROOT));
    }

    @Test
    void everyCommentedSettingParsesAndIsRead() throws Exception {
        // "#key = value" lines are the settings; uncommented, they must form a valid file of known keys
        Pattern setting = Pattern.compile("^#([a-z_]+ = .*)$");
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (String line : Files.readAllLines(DIST)) {
            var m = setting.matcher(line);
            if (m.matches()) {
                text.append(m.group(1)).append('\n');
                n++;
            }
        }
        ConfFile f = ConfFile.parse("dist", text.toString());
        assertThat(n).isGreaterThanOrEqualTo(20);
        DaemonConfig c = DaemonConfig.load(f, ROOT);
        assertThat(c.keepaliveInterval()).isEqualTo(5);
        assertThat(c.unixSockRwPerms()).isEqualTo(0700);
        assertThat(c.listenAddr()).isEqualTo("192.168.0.1");
        assertThat(c.unixSockGroup()).isEqualTo("libvirt");
    }
}
