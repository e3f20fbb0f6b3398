package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.Connect;
import org.jvirt.conf.caps.CapsXml;
import org.junit.jupiter.api.Test;

/** test:///default capabilities: built as a CapsDef, byte for byte what libvirt 9.0 returns. */
class CapabilitiesTest {

    @Test
    void sameBytesAsLibvirt() throws Exception {
        Path py = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(py)) {
            System.out.println("CapabilitiesTest skipped: /usr/bin/python3 not found");
            assumeTrue(false);
        }
        Process p = new ProcessBuilder(py.toString(), "-c",
                "import libvirt, sys\nsys.stdout.write(libvirt.open('test:///default').getCapabilities())")
                .redirectErrorStream(true).start();
        String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            System.out.println("CapabilitiesTest skipped: python3-libvirt unavailable: " + expected);
            assumeTrue(false);
        }
        try (Connect c = Connect.open("test:///default")) {
            assertThat(c.getCapabilities()).isEqualTo(expected);
        }
    }

    @Test
    void modelRoundTrips() {
        String xml = TestCapabilities.format(TestDefaultNode.create());
        assertThat(CapsXml.format(CapsXml.parse(xml))).isEqualTo(xml);
        assertThat(xml).startsWith("<capabilities>\n\n  <host>\n").endsWith("  </guest>\n\n</capabilities>\n");
    }
}
