package org.jvirt.conf.domain;

import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/** {@code <disk>}: file / block / dir / network sources, disk / cdrom / floppy / lun devices. */
final class DiskXml {

    private DiskXml() {
    }

    static DiskDef parse(Element e) {
        String type = Dom.attr(e, "type");
        type = type == null ? "file"
                : Err.oneOf(type, "type", "disk", "file", "block", "dir", "network", "volume", "nvme", "vhostuser");
        String device = Dom.attr(e, "device");
        device = device == null ? "disk" : Err.oneOf(device, "device", "disk", "disk", "cdrom", "floppy", "lun");
        String snapshot = Err.oneOf(Dom.attr(e, "snapshot"), "snapshot", "disk", "no", "internal", "external",
                "manual");

        DiskDef.Driver driver = null;
        Element d = Dom.child(e, "driver");
        if (d != null) {
            driver = new DiskDef.Driver(Dom.attr(d, "name"), Dom.attr(d, "type"),
                    Err.oneOf(Dom.attr(d, "cache"), "cache", "driver", "default", "none", "writethrough",
                            "writeback", "directsync", "unsafe"),
                    Err.oneOf(Dom.attr(d, "io"), "io", "driver", "threads", "native", "io_uring"),
                    Err.oneOf(Dom.attr(d, "discard"), "discard", "driver", "ignore", "unmap"));
        }

        Element s = Dom.child(e, "source");
        String source = null;
        String protocol = null;
        String startup = null;
        if (s != null) {
            source = switch (type) {
                case "file" -> Dom.attr(s, "file");
                case "block" -> Dom.attr(s, "dev");
                case "dir" -> Dom.attr(s, "dir");
                case "network" -> Dom.attr(s, "name");
                case "volume" -> Dom.attr(s, "volume");
                default -> null;
            };
            if (source != null && source.isEmpty()) {
                source = null;
            }
            if (type.equals("network")) {
                protocol = Dom.attr(s, "protocol");
                if (protocol == null) {
                    throw Err.xml("missing network source protocol type");
                }
            }
            startup = Err.oneOf(Dom.attr(s, "startupPolicy"), "startupPolicy", "source", "mandatory", "requisite",
                    "optional");
        }

        Element t = Dom.child(e, "target");
        String dev = Dom.attr(t, "dev");
        if (dev == null || dev.isEmpty()) {
            throw VirtException.of(ErrorCode.NO_TARGET, ErrorDomain.DOMAIN, source == null ? "(null)" : source);
        }
        String bus = Err.oneOf(Dom.attr(t, "bus"), "bus", "target", "ide", "fdc", "scsi", "virtio", "xen", "usb",
                "uml", "sata", "sd");
        String tray = Err.oneOf(Dom.attr(t, "tray"), "tray", "target", "closed", "open");

        return new DiskDef(type, device, snapshot, driver, source, protocol, startup, dev, bus, tray,
                // a cdrom is always read-only (virDomainDiskDefParseXML sets it whatever the XML says)
                Dom.child(e, "readonly") != null || "cdrom".equals(device), Dom.child(e, "shareable") != null,
                Dom.child(e, "transient") != null, Dom.childTextTrimmed(e, "serial"), AddressXml.parseBootOrder(e),
                AddressXml.parse(e)).withIotune(IoTuneXml.parse(e));
    }

    static void format(XmlWriter w, DiskDef d) {
        w.open("disk").attr("type", d.type()).attr("device", d.device()).attr("snapshot", d.snapshot());
        DiskDef.Driver drv = d.driver();
        if (drv != null && (drv.name() != null || drv.type() != null || drv.cache() != null || drv.io() != null
                || drv.discard() != null)) {
            w.open("driver").attr("name", drv.name()).attr("type", drv.type()).attr("cache", drv.cache())
                    .attr("io", drv.io()).attr("discard", drv.discard()).end("driver");
        }
        if (d.source() != null || d.sourceStartupPolicy() != null || d.sourceProtocol() != null) {
            w.open("source");
            switch (d.type()) {
                case "file" -> w.attr("file", d.source());
                case "block" -> w.attr("dev", d.source());
                case "dir" -> w.attr("dir", d.source());
                case "network" -> w.attr("protocol", d.sourceProtocol()).attr("name", d.source());
                case "volume" -> w.attr("volume", d.source());
                default -> {
                }
            }
            w.attr("startupPolicy", d.sourceStartupPolicy()).end("source");
        }
        w.open("target").attr("dev", d.targetDev()).attr("bus", d.targetBus()).attr("tray", d.tray()).end("target");
        IoTuneXml.format(w, d.iotune());
        if (d.readonly()) {
            w.open("readonly").end("readonly");
        }
        if (d.shareable()) {
            w.open("shareable").end("shareable");
        }
        if (d.transientDisk()) {
            w.open("transient").end("transient");
        }
        w.element("serial", d.serial());
        AddressXml.formatBoot(w, d.bootOrder());
        AddressXml.formatAlias(w, d.alias());
        AddressXml.format(w, d.address());
        w.end("disk");
    }

    /**
     * The index libvirt derives from a target name (virDiskNameToIndex): "hda" = 0, "hdz" = 25, "hdaa" = 26;
     * -1 when the name has no known prefix or bad characters.
     */
    static int nameToIndex(String name) {
        int p;
        if (name.startsWith("xvd") || name.startsWith("ubd")) {
            p = 3;
        } else if (name.startsWith("fd") || name.startsWith("hd") || name.startsWith("vd") || name.startsWith("sd")) {
            p = 2;
        } else {
            return -1;
        }
        int idx = 0;
        int i = p;
        for (; i < name.length() && name.charAt(i) >= 'a' && name.charAt(i) <= 'z'; i++) {
            idx = (idx + (i == p ? 0 : 1)) * 26 + (name.charAt(i) - 'a');
        }
        if (i == p) {
            return -1;
        }
        for (; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return -1;
            }
        }
        return idx;
    }
}
