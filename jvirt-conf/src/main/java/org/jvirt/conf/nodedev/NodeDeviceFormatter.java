package org.jvirt.conf.nodedev;

import org.jvirt.conf.xml.XmlWriter;

/** {@link NodeDeviceDef} -> XML as virNodeDeviceDefFormat prints it. */
final class NodeDeviceFormatter {

    private NodeDeviceFormatter() {
    }

    static void format(XmlWriter w, NodeDeviceDef def) {
        w.open("device").body();
        w.element("name", def.name());
        w.element("path", def.path());
        if (def.devnode() != null) {
            w.open("devnode").attr("type", "dev").text(def.devnode()).end("devnode");
        }
        for (String l : def.devlinks()) {
            w.open("devnode").attr("type", "link").text(l).end("devnode");
        }
        w.element("parent", def.parent());
        for (NodeDevCap c : def.caps()) {
            w.open("capability").attr("type", c.type()).body();
            switch (c) {
                case NodeDevCap.System s -> system(w, s);
                case NodeDevCap.UsbDevice u -> {
                    w.element("bus", u.bus());
                    w.element("device", u.device());
                    idElement(w, "product", u.product(), u.productName());
                    idElement(w, "vendor", u.vendor(), u.vendorName());
                }
                case NodeDevCap.UsbInterface u -> {
                    w.element("number", u.number());
                    w.element("class", u.klass());
                    w.element("subclass", u.subclass());
                    w.element("protocol", u.protocol());
                    w.element("description", u.description());
                }
                case NodeDevCap.Net n -> net(w, n);
                case NodeDevCap.ScsiHost h -> scsiHost(w, h);
                case NodeDevCap.ScsiTarget t -> {
                    w.element("target", t.target());
                    if (t.fcRemotePort()) {
                        w.open("capability").attr("type", "fc_remote_port").body();
                        w.raw("<rport>" + t.rport() + "</rport>\n<wwpn>" + t.wwpn() + "</wwpn>\n");
                        w.end("capability");
                    }
                }
                case NodeDevCap.Scsi s -> {
                    w.element("host", s.host());
                    w.element("bus", s.bus());
                    w.element("target", s.target());
                    w.element("lun", s.lun());
                    w.element("type", s.scsiType());
                }
                case NodeDevCap.Storage s -> storage(w, s);
                case NodeDevCap.Drm d -> w.element("type", d.drmType());
                case NodeDevCap.Pci p -> PciCapXml.format(w, p);
                case NodeDevCap.Mdev m -> MediatedCapXml.formatMdev(w, m);
                case NodeDevCap.Ccw cc -> MediatedCapXml.formatCcw(w, cc);
                case NodeDevCap.Ap a -> MediatedCapXml.formatAp(w, a);
            }
            w.end("capability");
        }
        w.end("device");
    }

    private static void system(XmlWriter w, NodeDevCap.System s) {
        w.element("product", s.product());
        w.open("hardware").body();
        w.element("vendor", s.hwVendor());
        w.element("version", s.hwVersion());
        w.element("serial", s.hwSerial());
        w.element("uuid", s.uuid());
        w.end("hardware");
        w.open("firmware").body();
        w.element("vendor", s.fwVendor());
        w.element("version", s.fwVersion());
        w.element("release_date", s.fwReleaseDate());
        w.end("firmware");
    }

    /** USB ids: {@code <product id='0x%04x'>name</product>}, or {@code <product id='0x0001' />} (with a blank). */
    private static void idElement(XmlWriter w, String name, int id, String text) {
        String hex = String.format("0x%04x", id);
        if (text != null) {
            w.open(name).attr("id", hex).text(text).end(name);
        } else {
            w.raw("<" + name + " id='" + hex + "' />");
        }
    }

    private static void net(XmlWriter w, NodeDevCap.Net n) {
        w.element("interface", n.ifname());
        w.element("address", n.address());
        if (n.linkSpeed() != 0 || n.linkState() != null) {
            w.open("link").attr("speed", n.linkSpeed() == 0 ? null : Long.toString(n.linkSpeed()))
                    .attr("state", n.linkState()).end("link");
        }
        for (String f : n.features()) {
            w.open("feature").attr("name", f).end("feature");
        }
        if (n.subtype() != null) {
            w.open("capability").attr("type", n.subtype()).end("capability");
        }
    }

    private static void scsiHost(XmlWriter w, NodeDevCap.ScsiHost h) {
        w.element("host", h.host());
        if (h.uniqueId() != -1) {
            w.element("unique_id", h.uniqueId());
        }
        if (h.fcHost()) {
            w.open("capability").attr("type", "fc_host").body();
            w.element("wwnn", h.wwnn());
            w.element("wwpn", h.wwpn());
            w.element("fabric_wwn", h.fabricWwn());
            w.end("capability");
        }
        if (h.vportOps()) {
            w.open("capability").attr("type", "vport_ops").body();
            w.element("max_vports", 0);
            w.element("vports", 0);
            w.end("capability");
        }
    }

    private static void storage(XmlWriter w, NodeDevCap.Storage s) {
        w.element("block", s.block());
        w.element("bus", s.bus());
        w.element("drive_type", s.driveType());
        w.element("model", s.model());
        w.element("vendor", s.vendor());
        w.element("serial", s.serial());
        if (s.removable()) {
            w.open("capability").attr("type", "removable").body();
            w.element("media_available", s.mediaAvailable() ? 1 : 0);
            w.element("media_size", Long.toUnsignedString(s.mediaSize()));
            w.element("media_label", s.mediaLabel());
            w.end("capability");
        } else {
            w.element("size", Long.toUnsignedString(s.size()));
        }
        if (s.hotpluggable()) {
            w.open("capability").attr("type", "hotpluggable").end("capability");
        }
    }
}
