package org.jvirt.conf.domain;

import java.util.List;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** The small device families: input, sound, video, watchdog, memballoon, controller. */
final class MiscDevicesXml {

    private MiscDevicesXml() {
    }

    static InputDef parseInput(Element e, String osType) {
        String type = Dom.attr(e, "type");
        if (type == null) {
            throw Err.missingAttr("type", "input");
        }
        if (!List.of("mouse", "tablet", "keyboard", "passthrough", "evdev").contains(type)) {
            throw Err.unsupported("unknown input device type '%s'", type);
        }
        String bus = Dom.attr(e, "bus");
        if (bus != null && !List.of("ps2", "usb", "xen", "parallels", "virtio", "none").contains(bus)) {
            throw Err.unsupported("unknown input bus type '%s'", bus);
        }
        if (bus == null) {
            boolean pv = "xen".equals(osType) || "linux".equals(osType);
            bus = pv ? "xen" : type.equals("tablet") ? "usb" : type.equals("mouse") || type.equals("keyboard")
                    ? "ps2" : "virtio";
        }
        return new InputDef(type, bus, AddressXml.parse(e));
    }

    static void formatInput(XmlWriter w, InputDef i) {
        w.open("input").attr("type", i.type()).attr("bus", i.bus());
        AddressXml.formatAlias(w, i.alias());
        AddressXml.format(w, i.address());
        w.end("input");
    }

    static SoundDef parseSound(Element e) {
        String model = Dom.attr(e, "model");
        if (model == null) {
            throw Err.missingAttr("model", "sound");
        }
        Err.oneOf(model, "model", "sound", "sb16", "es1370", "pcspk", "ac97", "ich6", "ich9", "usb", "ich7");
        return new SoundDef(model, AddressXml.parse(e));
    }

    static void formatSound(XmlWriter w, SoundDef s) {
        w.open("sound").attr("model", s.model());
        AddressXml.formatAlias(w, s.alias());
        AddressXml.format(w, s.address());
        w.end("sound");
    }

    static VideoDef parseVideo(Element e) {
        Element m = Dom.child(e, "model");
        String type = Err.oneOf(Dom.attr(m, "type"), "type", "model", "vga", "cirrus", "vmvga", "xen", "vbox",
                "qxl", "parallels", "virtio", "gop", "none", "bochs", "ramfb");
        return new VideoDef(type, kib(m, "ram"), kib(m, "vram"), kib(m, "vgamem"), (int) kib(m, "heads"),
                "yes".equals(Err.oneOf(Dom.attr(m, "primary"), "primary", "model", "yes", "no")),
                AddressXml.parse(e));
    }

    private static long kib(Element m, String attr) {
        String v = Dom.attr(m, attr);
        if (v == null) {
            return 0;
        }
        Integer n = Units.parseIntStrict(v);
        if (n == null || n < 0) {
            throw Err.xml("cannot parse video %s '%s'", attr, v);
        }
        return n;
    }

    static void formatVideo(XmlWriter w, VideoDef v) {
        w.open("video");
        w.open("model").attr("type", v.model());
        if (v.ram() > 0) {
            w.attr("ram", v.ram());
        }
        if (v.vram() > 0) {
            w.attr("vram", v.vram());
        }
        if (v.vgamem() > 0) {
            w.attr("vgamem", v.vgamem());
        }
        if (v.heads() > 0) {
            w.attr("heads", v.heads());
        }
        if (v.primary()) {
            w.attr("primary", "yes");
        }
        w.end("model");
        AddressXml.formatAlias(w, v.alias());
        AddressXml.format(w, v.address());
        w.end("video");
    }

    static WatchdogDef parseWatchdog(Element e) {
        String model = Dom.attr(e, "model");
        if (model == null) {
            throw Err.missingAttr("model", "watchdog");
        }
        Err.oneOf(model, "model", "watchdog", "i6300esb", "ib700", "diag288", "itco");
        String action = Err.oneOf(Dom.attr(e, "action"), "action", "watchdog", "reset", "shutdown", "poweroff",
                "pause", "dump", "none", "inject-nmi");
        return new WatchdogDef(model, action == null ? "reset" : action, AddressXml.parse(e));
    }

    static void formatWatchdog(XmlWriter w, WatchdogDef d) {
        w.open("watchdog").attr("model", d.model()).attr("action", d.action());
        AddressXml.formatAlias(w, d.alias());
        AddressXml.format(w, d.address());
        w.end("watchdog");
    }

    static MemballoonDef parseMemballoon(Element e) {
        String model = Dom.attr(e, "model");
        if (model == null) {
            throw Err.missingAttr("model", "memballoon");
        }
        Err.oneOf(model, "model", "memballoon", "virtio", "xen", "none", "virtio-transitional",
                "virtio-non-transitional");
        int period = 0;
        Element stats = Dom.child(e, "stats");
        if (stats != null && Dom.attr(stats, "period") != null) {
            Integer p = Units.parseIntStrict(Dom.attr(stats, "period"));
            if (p == null) {
                throw Err.badAttr("period", "stats", Dom.attr(stats, "period"));
            }
            period = Math.max(p, 0);
        }
        return new MemballoonDef(model, Err.oneOf(Dom.attr(e, "autodeflate"), "autodeflate", "memballoon", "on",
                "off"), period, AddressXml.parse(e), null);
    }

    static void formatMemballoon(XmlWriter w, MemballoonDef m) {
        w.open("memballoon").attr("model", m.model()).attr("autodeflate", m.autodeflate());
        if (m.period() != 0) {
            w.open("stats").attr("period", m.period()).end("stats");
        }
        AddressXml.formatAlias(w, m.alias());
        AddressXml.format(w, m.address());
        w.end("memballoon");
    }

    /** The controller's children besides its address, in libvirt's order. */
    private static final Shape CONTROLLER_CHILDREN = Shape.of()
            .child("model", Shape.of("name"))
            .child("target", Shape.of("chassisNr", "chassis", "port", "busNr", "hotplug", "index", "memReserve"))
            .child("driver", Shape.of("queues", "cmd_per_lun", "max_sectors", "ioeventfd", "iothread", "iommu",
                    "ats", "packed"))
            .child("master", Shape.of("startport"))
            .child("pcihole64", Shape.text("unit"));

    static ControllerDef parseController(Element e) {
        String type = Dom.attr(e, "type");
        type = type == null ? "ide" : Err.oneOf(type, "type", "controller", "ide", "fdc", "scsi", "sata",
                "virtio-serial", "ccid", "usb", "pci", "xenbus", "isa");
        int index = -1;
        String idx = Dom.attr(e, "index");
        if (idx != null) {
            Integer v = Units.parseIntStrict(idx);
            if (v == null || v < 0) {
                throw Err.xml("Cannot parse controller index %s", idx);
            }
            index = v;
        }
        XmlNode kids = CONTROLLER_CHILDREN.read(e);
        return new ControllerDef(type, index, Dom.attr(e, "model"), Dom.attr(e, "ports"), Dom.attr(e, "vectors"),
                AddressXml.parse(e), kids.children());
    }

    static void formatController(XmlWriter w, ControllerDef c) {
        w.open("controller").attr("type", c.type()).attr("index", c.index()).attr("model", c.model())
                .attr("ports", c.ports()).attr("vectors", c.vectors());
        for (XmlNode x : c.children()) {
            if (!x.name().equals("master") && !x.name().equals("pcihole64")) {
                x.format(w);
            }
        }
        AddressXml.formatAlias(w, c.alias());
        for (XmlNode x : c.children()) {
            if (x.name().equals("master")) {
                x.format(w);
            }
        }
        AddressXml.format(w, c.address());
        for (XmlNode x : c.children()) {
            if (x.name().equals("pcihole64")) {
                x.format(w);
            }
        }
        w.end("controller");
    }
}
