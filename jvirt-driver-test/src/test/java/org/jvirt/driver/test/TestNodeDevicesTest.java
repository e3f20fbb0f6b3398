package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.nodedev.NodeDeviceDef;
import org.jvirt.conf.nodedev.NodeDeviceXml;
import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.error.ErrorDomain;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The default node's devices are built as records at open; they must equal what parsing libvirt's XML gives. */
class TestNodeDevicesTest {

    @Test
    void defaultsEqualParsedXml() {
        Element node = XmlDocuments.parse(TestNodeDevices.DEFAULT_XML, "(test driver)", ErrorDomain.TEST).getDocumentElement();
        List<NodeDeviceDef> parsed = new ArrayList<>();
        for (Element d : XmlElements.children(node, "device")) {
            parsed.add(NodeDeviceXml.parseElement(d, false));
        }
        assertThat(TestNodeDevices.defaults()).isEqualTo(parsed);
    }
}
