package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * {@code <seclabel type= model= relabel=>} at domain level: dynamic labels lose their runtime label and
 * imagelabel in an inactive parse, static labels must carry a label, 'none' carries neither label nor relabel.
 */
final class SeclabelXml {

    private SeclabelXml() {
    }

    static XmlNode parse(Element e, boolean inactive) {
        String type = Err.oneOf(Dom.attr(e, "type"), "type", "seclabel", "default", "none", "dynamic", "static");
        if (type == null || type.equals("default")) {
            type = "dynamic";
        }
        String model = Dom.attr(e, "model");
        String relabelAttr = Err.oneOf(Dom.attr(e, "relabel"), "relabel", "seclabel", "yes", "no");
        boolean relabel = relabelAttr != null ? relabelAttr.equals("yes") : !type.equals("static");
        if (type.equals("dynamic") && !relabel) {
            throw Err.unsupported("dynamic label type must use resource relabeling");
        }
        if (type.equals("none") && relabel && relabelAttr != null) {
            throw Err.xml("resource relabeling is not compatible with 'none' label type");
        }
        List<String> attrs = new ArrayList<>(List.of("type", type));
        if (model != null) {
            attrs.add("model");
            attrs.add(model);
        }
        List<XmlNode> kids = new ArrayList<>();
        if (!type.equals("none")) {
            attrs.add("relabel");
            attrs.add(relabel ? "yes" : "no");
            boolean keepRuntime = type.equals("static") || !inactive;
            String label = Dom.childTextTrimmed(e, "label");
            if (type.equals("static") && label == null) {
                throw Err.xml("security label is missing");
            }
            if (keepRuntime && label != null) {
                kids.add(leaf("label", label));
            }
            String image = Dom.childTextTrimmed(e, "imagelabel");
            if (keepRuntime && relabel && image != null) {
                kids.add(leaf("imagelabel", image));
            }
            String base = Dom.childTextTrimmed(e, "baselabel");
            if (type.equals("dynamic") && base != null) {
                kids.add(leaf("baselabel", base));
            }
        }
        return new XmlNode("seclabel", attrs, null, kids);
    }

    private static XmlNode leaf(String name, String text) {
        return new XmlNode(name, List.of(), text, List.of());
    }
}
