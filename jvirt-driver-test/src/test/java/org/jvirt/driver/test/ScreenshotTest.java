package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.Stream;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/** virDomainScreenshot on test:///default: a PNG over a stream, libvirt 9.0's checks (flags, read-only). */
class ScreenshotTest {

    @Test
    void streamsAPngOfEveryDomainAnyScreen() throws Exception {
        try (Connect c = Connect.open("test:///default")) {
            Domain dom = c.domainLookupByName("test");
            dom.destroy(); // libvirt 9.0's test driver does not ask for a running domain
            Stream st = c.newStream(0);
            assertThat(dom.screenshot(st, 3, 0)).isEqualTo("image/png");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1000];
            for (int n; (n = st.recv(buf, 0, buf.length)) > 0; ) {
                out.write(buf, 0, n);
            }
            st.finish();
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertThat(img).isNotNull();
            assertThat(img.getWidth()).isEqualTo(TestScreenshot.WIDTH);
            assertThat(img.getHeight()).isEqualTo(TestScreenshot.HEIGHT);
        }
    }

    @Test
    void refusesFlagsAndReadOnlyConnections() {
        try (Connect c = Connect.open("test:///default")) {
            Domain dom = c.domainLookupByName("test");
            assertThatThrownBy(() -> dom.screenshot(c.newStream(0), 0, 1)).isInstanceOf(VirtException.class)
                    .hasMessage("unsupported flags (0x1) in function testDomainScreenshot");
        }
        try (Connect ro = Connect.openReadOnly("test:///default")) {
            Domain dom = ro.domainLookupByName("test");
            assertThatThrownBy(() -> dom.screenshot(ro.newStream(0), 0, 0))
                    .isInstanceOfSatisfying(VirtException.class,
                            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.OPERATION_DENIED))
                    .hasMessage("operation forbidden: read only access prevents virDomainScreenshot");
        }
    }
}
