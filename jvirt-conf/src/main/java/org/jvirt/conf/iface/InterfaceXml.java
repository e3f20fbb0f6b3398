package org.jvirt.conf.iface;

import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/** The host interface XML facade: parsed and formatted as libvirt 9.0's interface_conf.c, byte for byte. */
public final class InterfaceXml {

    private InterfaceXml() {
    }

    /** virInterfaceDefParseString: the document must have an {@code <interface>} root. */
    public static InterfaceDef parse(String xml) {
        return parse(xml, false);
    }

    /**
     * With {@code validateSchema} (VIR_INTERFACE_DEFINE_VALIDATE) the document, once its root is known to be an
     * {@code <interface>}, is checked against interface.rng before it is parsed.
     */
    public static InterfaceDef parse(String xml, boolean validateSchema) {
        Element root = XmlDocuments.parseRoot(xml, "(interface_definition)", ErrorDomain.INTERFACE, "interface");
        if (validateSchema) {
            org.jvirt.conf.rng.RngSchemas.require("interface.rng", root, xml);
        }
        return InterfaceParser.parse(root);
    }

    /** virInterfaceDefParseNode: an {@code <interface>} of a test driver node file. */
    public static InterfaceDef parseElement(Element e) {
        if (!"interface".equals(XmlElements.localName(e))) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.INTERFACE,
                    "unexpected root element <" + XmlElements.localName(e) + ">, expecting <interface>");
        }
        return InterfaceParser.parse(e);
    }

    public static String format(InterfaceDef def) {
        XmlWriter w = new XmlWriter(new StringBuilder(256));
        InterfaceFormatter.format(w, def, true);
        return w.toString();
    }
}
