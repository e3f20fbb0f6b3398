package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.Connect;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interfaces and node devices of test:///PATH node files (testParseInterfaces, testParseNodedevs): inline or
 * file= elements, interfaces active, and a bad element failing the open with libvirt's message (checked against
 * virsh 9.0 on the same files).
 */
class NodeFileIfaceDevTest {

    @TempDir
    Path dir;

    private String uri(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return "test://" + p;
    }

    @Test
    void fileReferencesAreRead() throws Exception {
        Files.writeString(dir.resolve("ext.xml"),
                "<interface type=\"ethernet\" name=\"ext0\"><mac address=\"52:54:00:00:00:aa\"/></interface>\n");
        Files.writeString(dir.resolve("extdev.xml"),
                "<device><name>extdev</name><capability type=\"drm\"><type>render</type></capability></device>\n");
        try (Connect c = Connect.open(uri("files.xml",
                "<node>\n<interface file=\"ext.xml\"/>\n<device file=\"extdev.xml\"/>\n</node>\n"))) {
            assertThat(c.interfaceLookupByName("ext0").isActive()).isTrue();
            assertThat(c.interfaceLookupByName("ext0").getMACString()).isEqualTo("52:54:00:00:00:aa");
            assertThat(c.nodeDeviceLookupByName("extdev").getXMLDesc(0)).isEqualTo("""
                    <device>
                      <name>extdev</name>
                      <capability type='drm'>
                        <type>render</type>
                      </capability>
                    </device>
                    """);
            assertThat(c.nodeListDevices(null, 0)).containsExactly("extdev");
        }
    }

    @Test
    void badElementsFailTheOpen() throws Exception {
        VirtException iface = catchThrowableOfType(VirtException.class,
                () -> Connect.open(uri("bad-iface.xml", "<node>\n<interface type=\"bond\" name=\"b\"/>\n</node>\n")));
        assertThat(iface.getMessage()).isEqualTo("XML error: bond interface misses the bond element");
        VirtException dev = catchThrowableOfType(VirtException.class,
                () -> Connect.open(uri("bad-dev.xml", "<node>\n<device><name>x</name></device>\n</node>\n")));
        assertThat(dev.getMessage()).isEqualTo("internal error: no device capabilities for 'x'");
    }
}
