package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.Connect;
import org.jvirt.Stream;
import org.jvirt.daemon.TestDaemon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN_SCREENSHOT through jvirtd: the MIME type in the reply and the image on the call's stream reach jvirt's
 * remote driver and real virsh byte for byte as the in-process test driver makes them.
 */
class ScreenshotIT {

    private static TestDaemon jvirtd;
    private static Path dir;
    private static String uri;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("jvirtd-shot");
        jvirtd = TestDaemon.start(Files.createDirectories(dir.resolve("sock")), "");
        uri = "test+unix:///default?socket=" + jvirtd.rwSocket();
    }

    @AfterAll
    static void stop() {
        if (jvirtd != null) {
            jvirtd.close();
        }
    }

    private static byte[] shot(String connUri) {
        try (Connect c = Connect.open(connUri)) {
            Stream st = c.newStream(0);
            assertThat(c.domainLookupByName("test").screenshot(st, 0, 0)).isEqualTo("image/png");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            for (int n; (n = st.recv(buf, 0, buf.length)) > 0; ) {
                out.write(buf, 0, n);
            }
            st.finish();
            return out.toByteArray();
        }
    }

    @Test
    void javaClientAndVirshGetTheTestDriversImage() throws Exception {
        byte[] local = shot("test:///default");
        assertThat(local).startsWith(0x89, 'P', 'N', 'G');
        assertThat(shot(uri)).isEqualTo(local);

        Assumptions.assumeTrue(Cmd.available("virsh"), "no virsh");
        Path file = dir.resolve("shot.png");
        Cmd.Result r = Cmd.virsh(uri, "screenshot test " + file);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Screenshot saved to " + file + ", with type of image/png");
        assertThat(Files.readAllBytes(file)).isEqualTo(local);
    }
}
