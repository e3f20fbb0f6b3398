package org.jvirt.conf.nodedev;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.nodedev.NodeDevCap.Pci;
import org.jvirt.conf.nodedev.NodeDevCap.PciAddress;
import org.jvirt.conf.nodedev.NodeDevCap.PcieLink;
import org.jvirt.conf.nodedev.XPathValues.Num;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * The {@code pci} capability of node device XML as libvirt 9.0 reads and writes it
 * (virNodeDevCapPCIDevParseXML / virNodeDeviceCapPCIDefFormat); a vpd sub-capability is refused as not
 * implemented.
 */
final class PciCapXml {

    private static final List<String> LINK_SPEEDS = List.of("", "2.5", "5", "8", "16", "32", "64");

    private PciCapXml() {
    }

    static Pci parse(Element c, String name) {
        int klass = -1;
        String cls = XPathValues.string(c, "class");
        if (cls != null) {
            Integer v = VirNumbers.i(cls, 16);
            if (v == null || v > 0xffffff) {
                throw NodeDevErr.internal("invalid PCI class supplied for '%s'", name);
            }
            klass = v;
        }
        int domain = ulong(c, name, "domain", "PCI domain ID");
        int bus = ulong(c, name, "bus", "PCI bus ID");
        int slot = ulong(c, name, "slot", "PCI slot ID");
        int function = ulong(c, name, "function", "PCI function ID");
        int vendor = hexId(c, name, "vendor", "PCI vendor ID");
        int product = hexId(c, name, "product", "PCI product ID");
        PciAddress phys = null;
        List<PciAddress> virt = null;
        int maxVirt = 0;
        String header = null;
        List<NodeDevCap.MdevType> mdevTypes = null;
        for (Element sub : XmlElements.children(c, "capability")) {
            String type = XmlElements.attr(sub, "type");
            if (type == null) {
                throw NodeDevErr.xml("Missing capability type");
            }
            switch (type) {
                case "phys_function" -> {
                    Element a = XmlElements.child(sub, "address");
                    if (a == null) {
                        throw NodeDevErr.xml("Missing address in 'phys_function' capability");
                    }
                    phys = address(a);
                }
                case "virt_functions" -> {
                    String max = NodeDeviceParser.emptyIsNull(XmlElements.attr(sub, "maxCount"));
                    if (max != null) {
                        Long m = VirNumbers.uip(max, 10);
                        if (m == null) {
                            throw NodeDevErr.xml("Malformed 'maxCount' parameter");
                        }
                        maxVirt = (int) (long) m;
                    }
                    if (virt == null) {
                        virt = new ArrayList<>();
                    }
                    for (Element a : XmlElements.children(sub, "address")) {
                        virt.add(address(a));
                    }
                }
                case "mdev_types" -> {
                    mdevTypes = mdevTypes == null ? new ArrayList<>() : mdevTypes;
                    mdevTypes.addAll(MediatedCapXml.mdevTypes(sub));
                }
                case "vpd" -> throw VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.NODEDEV,
                        "PCI capability type 'vpd' is not implemented by jvirt");
                default -> {
                    if ((type.equals("pci-bridge") || type.equals("cardbus-bridge")) && header == null) {
                        header = type;
                    }
                }
            }
        }
        int group = 0;
        List<PciAddress> groupDevs = new ArrayList<>();
        Element g = XmlElements.child(c, "iommuGroup");
        if (g != null) {
            group = uintAttr(g, "number", "iommuGroup", 10, true, 0);
            for (Element a : XmlElements.children(g, "address")) {
                groupDevs.add(address(a));
            }
        }
        int numa = -1;
        Element n = XmlElements.child(c, "numa");
        Num node = XPathValues.integer(n == null ? null : NodeDeviceParser.emptyIsNull(XmlElements.attr(n, "node")));
        if (node.status() == -2) {
            throw NodeDevErr.internal("invalid NUMA node ID supplied for '%s'", name);
        }
        if (node.status() == 0) {
            numa = (int) node.value();
        }
        Element pe = XmlElements.child(c, "pci-express");
        PcieLink cap = null;
        PcieLink sta = null;
        if (pe != null) {
            cap = link(pe, "cap");
            sta = link(pe, "sta");
        }
        return new Pci(klass, domain, bus, slot, function, product, XPathValues.string(c, "product"), vendor,
                XPathValues.string(c, "vendor"), phys, virt, maxVirt, header, mdevTypes, group, groupDevs, numa, pe != null, cap, sta);
    }

    private static int ulong(Element c, String name, String elem, String what) {
        Num v = XPathValues.ulong(XPathValues.string(c, elem));
        if (v.status() < 0) {
            throw NodeDevErr.internal((v.status() == -1 ? "no " : "invalid ") + what + " supplied for '%s'", name);
        }
        return (int) v.value();
    }

    private static int hexId(Element c, String name, String elem, String what) {
        Element first = XmlElements.child(c, elem);
        Num v = XPathValues.hex(first == null ? null : XmlElements.attr(first, "id"));
        if (v.status() < 0) {
            throw NodeDevErr.internal((v.status() == -1 ? "no " : "invalid ") + what + " supplied for '%s'", name);
        }
        return (int) v.value();
    }

    /** virXMLPropUInt: absent gives the default (or is an error when required). */
    private static int uintAttr(Element e, String attr, String element, int base, boolean required, int dflt) {
        String v = XmlElements.attr(e, attr);
        if (v == null) {
            if (required) {
                throw NodeDevErr.missingAttr(attr, element);
            }
            return dflt;
        }
        Long n = VirNumbers.uip(v, base);
        if (n == null) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Invalid value for attribute '" + attr
                    + "' in element '" + element + "': '" + v + "'. Expected non-negative integer value");
        }
        return (int) (long) n;
    }

    /** virPCIDeviceAddressParseXML with virPCIDeviceAddressIsValid's limits (libvirt 9.0 checks no domain). */
    private static PciAddress address(Element a) {
        int domain = uintAttr(a, "domain", "address", 0, false, 0);
        int bus = uintAttr(a, "bus", "address", 0, false, 0);
        int slot = uintAttr(a, "slot", "address", 0, false, 0);
        int function = uintAttr(a, "function", "address", 0, false, 0);
        if (Integer.compareUnsigned(bus, 0xFF) > 0) {
            throw addressError(String.format("Invalid PCI address bus='0x%x', must be <= 0xFF", bus));
        }
        if (Integer.compareUnsigned(slot, 0x1F) > 0) {
            throw addressError(String.format("Invalid PCI address slot='0x%x', must be <= 0x1F", slot));
        }
        if (Integer.compareUnsigned(function, 7) > 0) {
            throw addressError(String.format("Invalid PCI address function=0x%x, must be <= 7", function));
        }
        return new PciAddress(domain, bus, slot, function);
    }

    private static VirtException addressError(String msg) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.NONE, msg);
    }

    /** The first {@code <link validity='V'>}: width (required), speed, port. */
    private static PcieLink link(Element pe, String validity) {
        for (Element l : XmlElements.children(pe, "link")) {
            if (validity.equals(XmlElements.attr(l, "validity"))) {
                int width = uintAttr(l, "width", "link", 0, true, 0);
                String speed = XmlElements.attr(l, "speed");
                if (speed != null && !LINK_SPEEDS.contains(speed)) {
                    throw NodeDevErr.badAttr("speed", "link", speed);
                }
                int port = -1;
                String p = XmlElements.attr(l, "port");
                if (p != null) {
                    Integer v = VirNumbers.i(p, 10);
                    if (v == null) {
                        throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Invalid value for attribute 'port'"
                                + " in element 'link': '" + p + "'. Expected integer value");
                    }
                    port = v;
                }
                return new PcieLink(port, speed == null || speed.isEmpty() ? null : speed, width);
            }
        }
        return null;
    }

    static void format(XmlWriter w, Pci p) {
        if (p.klass() >= 0) {
            w.element("class", String.format("0x%06x", p.klass()));
        }
        w.element("domain", p.domain());
        w.element("bus", p.bus());
        w.element("slot", p.slot());
        w.element("function", p.function());
        id(w, "product", p.product(), p.productName());
        id(w, "vendor", p.vendor(), p.vendorName());
        if (p.physFunction() != null) {
            w.open("capability").attr("type", "phys_function").body();
            address(w, p.physFunction());
            w.end("capability");
        }
        if (p.virtFunctions() != null) {
            w.open("capability").attr("type", "virt_functions")
                    .attr("maxCount", p.maxVirtFunctions() == 0 ? null : Integer.toUnsignedString(p.maxVirtFunctions()));
            for (PciAddress a : p.virtFunctions()) {
                address(w, a);
            }
            w.end("capability");
        }
        if (p.headerType() != null) {
            w.open("capability").attr("type", p.headerType()).end("capability");
        }
        MediatedCapXml.formatMdevTypes(w, p.mdevTypes());
        if (!p.iommuDevices().isEmpty()) {
            w.open("iommuGroup").attr("number", p.iommuGroup());
            for (PciAddress a : p.iommuDevices()) {
                address(w, a);
            }
            w.end("iommuGroup");
        }
        if (p.numaNode() >= 0) {
            w.open("numa").attr("node", p.numaNode()).end("numa");
        }
        if (p.pciExpress()) {
            w.open("pci-express");
            link(w, p.linkCap(), "cap");
            link(w, p.linkSta(), "sta");
            w.end("pci-express");
        }
    }

    private static void id(XmlWriter w, String name, int id, String text) {
        String hex = String.format("0x%04x", id);
        if (text != null) {
            w.open(name).attr("id", hex).text(text).end(name);
        } else {
            w.open(name).attr("id", hex).end(name);
        }
    }

    private static void address(XmlWriter w, PciAddress a) {
        w.raw(String.format("<address domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%d'/>", a.domain(),
                a.bus(), a.slot(), a.function()));
    }

    private static void link(XmlWriter w, PcieLink l, String validity) {
        if (l != null) {
            w.open("link").attr("validity", validity).attr("port", l.port() >= 0 ? l.port() : null)
                    .attr("speed", l.speed()).attr("width", l.width()).end("link");
        }
    }
}
