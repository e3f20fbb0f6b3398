package org.jvirt.conf.caps;

import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/** Capabilities XML facade: format exactly as libvirt 9.0 (virConnectGetCapabilities), and parse it back. */
public final class CapsXml {

    private CapsXml() {
    }

    public static String format(CapsDef caps) {
        return CapsFormatter.format(caps);
    }

    public static CapsDef parse(String xml) {
        Element root = XmlDocuments.parse(xml, "(capabilities)", ErrorDomain.CAPABILITIES).getDocumentElement();
        if (!"capabilities".equals(root.getLocalName())) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "expecting root element of 'capabilities', not '" + root.getLocalName() + "'");
        }
        return CapsParser.parse(root);
    }
}
