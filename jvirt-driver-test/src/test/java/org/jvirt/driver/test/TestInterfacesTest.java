package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirt.conf.iface.InterfaceXml;
import org.junit.jupiter.api.Test;

/** The default node's interface is built as a record at open; it must equal what parsing libvirt's XML gives. */
class TestInterfacesTest {

    @Test
    void defaultEth1EqualsParsedXml() {
        assertThat(TestInterfaces.defaultEth1()).isEqualTo(InterfaceXml.parse(TestInterfaces.DEFAULT_XML));
    }
}
