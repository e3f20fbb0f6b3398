package org.jvirt.virsh.block;

import org.jvirt.virsh.vsh.XmlDom;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.XmlNodeDump;
import org.jvirt.virsh.vsh.Invocation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * update-memory-device DOMAIN [--print-xml] [--alias A] [--node N] [--requested-size S] [--config|--live|--current]
 * (cmdUpdateMemoryDevice): client-side only, as virsh: the domain XML (inactive with --config), the one
 * &lt;memory&gt; device the alias or node selects, its existing &lt;target&gt;&lt;requested&gt; set in KiB (a device
 * without one, i.e. not virtio-mem, is refused), then either the device printed as libxml2's xmlNodeDump writes
 * it or virDomainUpdateDeviceFlags.
 */
public final class UpdateMemoryDeviceCommand implements Command {

    /** VIR_DOMAIN_XML_INACTIVE. */
    private static final int INACTIVE = 2;
    private static final int AFFECT_CONFIG = 2;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "node", "alias");
        int flags = Opts.impact(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        long node = BlockNumbers.uint(cmd, "node"); // read before the XML, as virsh does
        String xml = dom.getXMLDesc((flags & AFFECT_CONFIG) != 0 ? INACTIVE : 0);
        String path = "/domain/devices/memory";
        if (cmd.has("alias")) {
            path += "[./alias/@name='" + cmd.string("alias") + "']";
        } else if (cmd.has("node")) {
            path += "[./target/node='" + node + "']";
        }
        try {
            Document doc = XmlDom.parse(xml);
            NodeList mems = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, doc, XPathConstants.NODESET);
            if (mems.getLength() == 0) {
                sh.error("no memory device found");
                return false;
            }
            if (mems.getLength() > 1) {
                sh.error("multiple memory devices found, use --alias or --node to select one");
                return false;
            }
            Element mem = (Element) mems.item(0);
            if (cmd.has("requested-size")) {
                // read only once a device is found, as virsh does
                long kib = Long.divideUnsigned(cmd.scaled("requested-size", 1024, -1L), 1024);
                Element req = child(child(mem, "target"), "requested");
                if (req == null) {
                    sh.error("virtio-mem device is missing <requested/>");
                    return false;
                }
                req.setTextContent(Long.toUnsignedString(kib));
            }
            String dev = new XmlNodeDump(doc, xml).dumpAsIs(mem);
            if (cmd.has("print-xml")) {
                sh.print(dev);
                return true;
            }
            dom.updateDevice(dev, flags);
            return true;
        } catch (org.xml.sax.SAXException | javax.xml.xpath.XPathExpressionException e) {
            sh.error("Unable to parse domain XML: " + e.getMessage());
            return false;
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
