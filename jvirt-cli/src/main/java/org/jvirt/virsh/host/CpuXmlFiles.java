package org.jvirt.virsh.host;

import org.jvirt.virsh.vsh.XmlDom;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.OptionException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * virshExtractCPUDefXMLs: the CPU definitions in a file that holds bare {@code <cpu>} elements, a domain, host
 * capabilities or domain capabilities (whose supported host-model mode counts as a CPU).
 */
final class CpuXmlFiles {

    private static final String CPUS = "/container/cpu|/container/domain/cpu|/container/capabilities/host/cpu"
            + "|/container/domainCapabilities/cpu/mode[@name='host-model' and @supported='yes']";

    private CpuXmlFiles() {
    }

    static List<String> extract(String file) {
        String text = XmlFiles.read(file);
        if (text.startsWith("<?xml") && text.contains("?>")) {
            text = text.substring(text.indexOf("?>") + 2);
        }
        List<String> out = new ArrayList<>();
        try {
            Document doc = XmlDom.parse("<container>" + text + "</container>");
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(CPUS, doc, XPathConstants.NODESET);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                if (e.getTagName().equals("mode")) {
                    // domain capabilities: the mode element becomes a custom CPU
                    doc.renameNode(e, null, "cpu");
                    e.removeAttribute("name");
                    e.removeAttribute("supported");
                }
                out.add(serialize(e));
            }
        } catch (Exception e) {
            throw new OptionException("(" + file + "):1: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new OptionException("File '" + file + "' does not contain any <cpu> element or valid domain XML, "
                    + "host capabilities XML, or domain capabilities XML");
        }
        return out;
    }

    private static String serialize(Element e) throws Exception {
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter w = new StringWriter();
        t.transform(new DOMSource(e), new StreamResult(w));
        return w.toString();
    }
}
