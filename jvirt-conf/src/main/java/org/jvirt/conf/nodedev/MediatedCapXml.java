package org.jvirt.conf.nodedev;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.conf.nodedev.NodeDevCap.Ap;
import org.jvirt.conf.nodedev.NodeDevCap.Ccw;
import org.jvirt.conf.nodedev.NodeDevCap.Mdev;
import org.jvirt.conf.nodedev.NodeDevCap.MdevType;
import org.jvirt.conf.nodedev.XPathValues.Num;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/**
 * The mediated-device capabilities of node device XML as libvirt 9.0 has them: mdev, mdev_types (inside pci,
 * css and ap_matrix), ccw, css, ap_card, ap_queue and ap_matrix.
 */
final class MediatedCapXml {

    private MediatedCapXml() {
    }

    static Mdev mdev(Element c, String name) {
        Element t = XmlElements.child(c, "type");
        String type = t == null ? null : NodeDeviceParser.emptyIsNull(XmlElements.attr(t, "id"));
        if (type == null) {
            throw NodeDevErr.unsupported("missing type id attribute for '%s'", name);
        }
        String uuid = XPathValues.string(c, "uuid");
        if (uuid != null) {
            UUID u = VirNumbers.uuid(uuid);
            if (u == null) {
                throw NodeDevErr.internal("Invalid uuid '%s' for new mdev device", uuid);
            }
            uuid = u.toString();
        }
        Element g = XmlElements.child(c, "iommuGroup");
        Num group = XPathValues.ulong(g == null ? null : NodeDeviceParser.emptyIsNull(XmlElements.attr(g, "number")));
        if (group.status() == -2) {
            throw NodeDevErr.internal("invalid iommuGroup number attribute for '%s'", name);
        }
        List<String[]> attrs = new ArrayList<>();
        for (Element a : XmlElements.children(c, "attr")) {
            String n = NodeDeviceParser.emptyIsNull(XmlElements.attr(a, "name"));
            String v = NodeDeviceParser.emptyIsNull(XmlElements.attr(a, "value"));
            if (n != null && v != null) {
                attrs.add(new String[] {n, v});
            }
        }
        return new Mdev(type, uuid, group.status() == 0 ? (int) group.value() : 0, attrs);
    }

    /** virNodeDevCapMdevTypesParseXML. */
    static List<MdevType> mdevTypes(Element cap) {
        List<MdevType> out = new ArrayList<>();
        for (Element t : XmlElements.children(cap, "type")) {
            String id = NodeDeviceParser.emptyIsNull(XmlElements.attr(t, "id"));
            if (id == null) {
                throw NodeDevErr.xml("missing 'id' attribute for mediated device's <type> element");
            }
            String api = XPathValues.string(t, "deviceAPI");
            if (api == null) {
                throw NodeDevErr.xml("missing device API for mediated device type '%s'", id);
            }
            Num n = XPathValues.ulong(XPathValues.string(t, "availableInstances"));
            if (n.status() < 0) {
                throw NodeDevErr.xml("missing number of available instances for mediated device type '%s'", id);
            }
            out.add(new MdevType(id, XPathValues.string(t, "name"), api, (int) n.value()));
        }
        return out;
    }

    /** The mdev_types among a capability's sub-capabilities (others ignored), or null when there is none. */
    static List<MdevType> subMdevTypes(Element c) {
        List<MdevType> types = null;
        for (Element sub : XmlElements.children(c, "capability")) {
            String type = XmlElements.attr(sub, "type");
            if (type == null) {
                throw NodeDevErr.xml("Missing capability type");
            }
            if (type.equals("mdev_types")) {
                types = types == null ? new ArrayList<>() : types;
                types.addAll(mdevTypes(sub));
            }
        }
        return types;
    }

    static Ccw ccw(Element c, String name, boolean css) {
        int cssid = ccwValue(c, name, "cssid", 0);
        int ssid = ccwValue(c, name, "ssid", 0);
        int devno = ccwValue(c, name, "devno", 16);
        return new Ccw(css, cssid, ssid, devno, css ? subMdevTypes(c) : null);
    }

    private static int ccwValue(Element c, String name, String elem, int base) {
        String s = XPathValues.string(c, elem);
        if (s == null) {
            throw NodeDevErr.unsupported("missing %s value for '%s'", elem, name);
        }
        Long v = VirNumbers.uip(s, base);
        if (v == null) {
            throw NodeDevErr.unsupported("invalid %s value '%s' for '%s'", elem, s, name);
        }
        return (int) (long) v;
    }

    static Ap ap(Element c, String name, String type) {
        if (type.equals("ap_matrix")) {
            return new Ap(type, -1, -1, subMdevTypes(c));
        }
        int adapter = apValue(c, name, "ap-adapter");
        int domain = -1;
        if (type.equals("ap_queue")) {
            domain = apValue(c, name, "ap-domain");
            if (Integer.compareUnsigned(domain, 255) > 0) {
                throw NodeDevErr.unsupported("ap-domain value '%s' is out of range for '%s'",
                        XPathValues.string(c, "ap-domain"), name);
            }
        }
        return new Ap(type, adapter, domain, null);
    }

    private static int apValue(Element c, String name, String elem) {
        String s = XPathValues.string(c, elem);
        if (s == null) {
            throw NodeDevErr.unsupported("missing %s value for '%s'", elem, name);
        }
        Long v = VirNumbers.uip(s, 0);
        if (v == null) {
            throw NodeDevErr.unsupported("invalid %s value '%s' for '%s'", elem, s, name);
        }
        return (int) (long) v;
    }

    static void formatMdev(XmlWriter w, Mdev m) {
        w.open("type").attr("id", m.mdevType()).end("type");
        w.element("uuid", m.uuid());
        w.open("iommuGroup").attr("number", Integer.toUnsignedString(m.iommuGroup())).end("iommuGroup");
        for (String[] a : m.attrs()) {
            w.open("attr").attrRaw("name", a[0]).attrRaw("value", a[1]).end("attr");
        }
    }

    /** Nothing at all when there are no types, as virNodeDeviceCapMdevTypesFormat. */
    static void formatMdevTypes(XmlWriter w, List<MdevType> types) {
        if (types == null || types.isEmpty()) {
            return;
        }
        w.open("capability").attr("type", "mdev_types").body();
        for (MdevType t : types) {
            w.open("type").attr("id", t.id()).body();
            w.element("name", t.name());
            w.element("deviceAPI", t.deviceApi());
            w.element("availableInstances", Integer.toUnsignedString(t.availableInstances()));
            w.end("type");
        }
        w.end("capability");
    }

    static void formatCcw(XmlWriter w, Ccw c) {
        w.element("cssid", "0x" + Integer.toHexString(c.cssid()));
        w.element("ssid", "0x" + Integer.toHexString(c.ssid()));
        w.element("devno", String.format("0x%04x", c.devno()));
        formatMdevTypes(w, c.mdevTypes());
    }

    static void formatAp(XmlWriter w, Ap a) {
        if (a.adapter() >= 0 || !a.apType().equals("ap_matrix")) {
            if (!a.apType().equals("ap_matrix")) {
                w.element("ap-adapter", String.format("0x%02x", a.adapter()));
            }
        }
        if (a.apType().equals("ap_queue")) {
            w.element("ap-domain", String.format("0x%04x", a.domain()));
        }
        formatMdevTypes(w, a.mdevTypes());
    }
}
