package org.jvirt.conf.nodedev;

import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/** The node device XML facade: parsed and formatted as libvirt 9.0's node_device_conf.c. */
public final class NodeDeviceXml {

    private NodeDeviceXml() {
    }

    /**
     * virNodeDeviceDefParseString.
     *
     * @param create true for EXISTING_DEVICE's twin CREATE_DEVICE (nodedev-create/define): no name or host numbers are read
     */
    public static NodeDeviceDef parse(String xml, boolean create) {
        return parse(xml, create, false);
    }

    /**
     * A document must have a {@code <device>} root (virXMLParse's check, worded as for the other formats); with
     * {@code validateSchema} (VIR_NODE_DEVICE_CREATE_XML_VALIDATE, VIR_NODE_DEVICE_DEFINE_XML_VALIDATE) it is then
     * checked against nodedev.rng before it is parsed.
     */
    public static NodeDeviceDef parse(String xml, boolean create, boolean validateSchema) {
        Element root = XmlDocuments.parseRoot(xml, "(node_device_definition)", ErrorDomain.NODEDEV, "device");
        if (validateSchema) {
            org.jvirt.conf.rng.RngSchemas.require("nodedev.rng", root, xml);
        }
        return parseElement(root, create);
    }

    /** virNodeDeviceDefParseNode: a {@code <device>} element (also of a test driver node file). */
    public static NodeDeviceDef parseElement(Element root, boolean create) {
        String name = XmlElements.localName(root);
        if (!"device".equals(name)) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.NODEDEV,
                    "unexpected root element <" + name + "> expecting <device>");
        }
        return NodeDeviceParser.parse(root, create);
    }

    public static String format(NodeDeviceDef def) {
        XmlWriter w = new XmlWriter(new StringBuilder(512));
        NodeDeviceFormatter.format(w, def);
        return w.toString();
    }
}
