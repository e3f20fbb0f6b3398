package org.jvirt.virsh.domain;

import org.jvirt.virsh.vsh.XmlDom;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.vsh.OptionException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** dumpxml --xpath: each matching node on its own line (wrapped in one root element with --wrap). */
public final class XPaths {

    private XPaths() {
    }

    public static String select(String xml, String expr, boolean wrap) {
        try {
            Document doc = XmlDom.parse(xml);
            NodeList nodes;
            javax.xml.xpath.XPathExpression compiled;
            try {
                compiled = XPathFactory.newInstance().newXPath().compile(expr);
            } catch (javax.xml.xpath.XPathExpressionException e) {
                throw new OptionException("Unable to evaluate XPath expression '" + expr + "'");
            }
            try {
                nodes = (NodeList) compiled.evaluate(doc, XPathConstants.NODESET);
            } catch (javax.xml.xpath.XPathExpressionException e) {
                // a valid expression whose value is a string, number or boolean: virsh wants nodes
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Incorrect xpath '%s'", expr);
            }
            XmlNodeDump dump = new XmlNodeDump(doc, xml);
            StringBuilder b = new StringBuilder();
            // libxml dumps an attribute node as ' name="value"'; wrapped, attributes go on <nodes> itself
            StringBuilder attrs = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (Node n : dump.inSourceOrder(nodes)) {
                if (n.getNodeType() == Node.ATTRIBUTE_NODE) {
                    String a = " " + n.getNodeName() + "=\"" + n.getNodeValue() + "\"";
                    if (wrap) {
                        attrs.append(a);
                    } else {
                        body.append(a).append('\n');
                    }
                    continue;
                }
                String text = n.getNodeType() == Node.ELEMENT_NODE ? dump.dump(n, wrap ? 1 : 0) : n.getNodeValue();
                body.append(wrap ? "  " : "").append(text).append('\n');
            }
            if (!wrap) {
                b.append(body);
            } else if (body.isEmpty()) {
                b.append("<nodes").append(attrs).append("/>\n");
            } else {
                b.append("<nodes").append(attrs).append(">\n").append(body).append("</nodes>\n");
            }
            return b.toString();
        } catch (OptionException | VirtException e) {
            throw e;
        } catch (Exception e) {
            throw new OptionException(e.getMessage());
        }
    }
}
