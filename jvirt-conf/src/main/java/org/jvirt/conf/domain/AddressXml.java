package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** {@code <address>} of a device, and the {@code <boot order=>} that sits next to it. */
final class AddressXml {

    /** Attribute order libvirt writes for the address types kept generically. */
    private static final List<String> OTHER_ATTRS = List.of("controller", "bus", "port", "slot", "reg", "cssid",
            "ssid", "devno", "iobase", "irq", "target", "unit", "base");

    private AddressXml() {
    }

    static DeviceAddress parse(Element dev) {
        Element a = Dom.child(dev, "address");
        if (a == null) {
            return null;
        }
        String type = Dom.attr(a, "type");
        if (type == null) {
            throw Err.xml("No type specified for device address");
        }
        return switch (type) {
            case "drive" -> new DeviceAddress.Drive(num(a, "controller", 10), num(a, "bus", 10),
                    num(a, "target", 10), num(a, "unit", 10));
            case "pci" -> new DeviceAddress.Pci(num(a, "domain", 0), num(a, "bus", 0), num(a, "slot", 0),
                    num(a, "function", 0), Err.oneOf(Dom.attr(a, "multifunction"), "multifunction", "address",
                            "on", "off"));
            case "virtio-serial", "ccid", "usb", "spapr-vio", "ccw", "virtio-mmio", "isa", "dimm", "unassigned" -> {
                List<String> attrs = new ArrayList<>();
                for (String n : OTHER_ATTRS) {
                    String v = Dom.attr(a, n);
                    if (v != null) {
                        attrs.add(n);
                        attrs.add(v);
                    }
                }
                yield new DeviceAddress.Other(type, attrs);
            }
            default -> throw Err.xml("unknown address type '%s'", type);
        };
    }

    /** Integer attribute in decimal or 0x hex (virStrToLong_uip with base 0/10), 0 when absent. */
    private static int num(Element a, String name, int base) {
        String v = Dom.attr(a, name);
        if (v == null) {
            return 0;
        }
        try {
            String s = v.strip();
            if (base == 0 && (s.startsWith("0x") || s.startsWith("0X"))) {
                return Integer.parseInt(s.substring(2), 16);
            }
            return Integer.parseInt(s, 10);
        } catch (NumberFormatException e) {
            throw Err.xml("Cannot parse <address> '%s' attribute", name);
        }
    }

    static void format(XmlWriter w, DeviceAddress addr) {
        if (addr == null) {
            return;
        }
        w.open("address").attr("type", addr.type());
        switch (addr) {
            case DeviceAddress.Drive d -> w.attr("controller", d.controller()).attr("bus", d.bus())
                    .attr("target", d.target()).attr("unit", d.unit());
            case DeviceAddress.Pci p -> w.attr("domain", String.format("0x%04x", p.domain()))
                    .attr("bus", String.format("0x%02x", p.bus())).attr("slot", String.format("0x%02x", p.slot()))
                    .attr("function", String.format("0x%x", p.function())).attr("multifunction", p.multifunction());
            case DeviceAddress.Other o -> {
                for (int i = 0; i < o.attrs().size(); i += 2) {
                    w.attr(o.attrs().get(i), o.attrs().get(i + 1));
                }
            }
        }
        w.end("address");
    }

    /**
     * The {@code <alias name=>} as virDomainDeviceInfoParseXML keeps it: always when parsing live (status) XML,
     * else only a user alias ("ua-" prefix; both of jvirt's drivers have libvirt's USER_ALIAS feature).
     */
    static String parseAlias(Element dev, boolean inactive) {
        Element a = Dom.child(dev, "alias");
        String name = a == null ? null : Dom.attr(a, "name");
        if (name == null || (inactive && !isUserAlias(name))) {
            return null;
        }
        return name;
    }

    /** The prefix of aliases users may choose (VIR_DOMAIN_DEVICE_USER_ALIAS_PREFIX). */
    static final String USER_ALIAS_PREFIX = "ua-";

    /** "ua-" followed by letters, digits, '_' and '-' only; anything else is silently dropped on define. */
    static boolean isUserAlias(String name) {
        if (!name.startsWith(USER_ALIAS_PREFIX)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Written whenever set, with or without VIR_DOMAIN_XML_INACTIVE, as libvirt 9.0 does; after boot, before address. */
    static void formatAlias(XmlWriter w, String alias) {
        if (alias != null) {
            w.open("alias").attr("name", alias).end("alias");
        }
    }

    static int parseBootOrder(Element dev) {
        Element b = Dom.child(dev, "boot");
        if (b == null) {
            return 0;
        }
        Integer order = Units.parseIntStrict(Dom.attr(b, "order"));
        if (order == null || order <= 0) {
            throw Err.xml("incorrect boot order '%s', expecting positive integer", Dom.attr(b, "order"));
        }
        return order;
    }

    static void formatBoot(XmlWriter w, int order) {
        if (order > 0) {
            w.open("boot").attr("order", order).end("boot");
        }
    }
}
