package org.jvirt.conf.domain;

import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** Character devices: {@code <serial>}, {@code <parallel>}, {@code <console>}, {@code <channel>}. */
final class ChrXml {

    private ChrXml() {
    }

    static ChrDef parse(Element e, ChrDef.Kind kind, boolean inactive) {
        String type = Dom.attr(e, "type");
        type = type == null ? "pty"
                : Err.oneOf(type, "type", Dom.localName(e), "null", "vc", "pty", "dev", "file", "pipe", "stdio",
                        "udp", "tcp", "unix", "spicevmc", "spiceport", "nmdm", "qemu-vdagent", "dbus");
        String path = null;
        String host = null;
        String service = null;
        String mode = null;
        for (Element s : Dom.children(e, "source")) {
            if (path == null) {
                path = Dom.attr(s, "path");
            }
            if (host == null) {
                host = Dom.attr(s, "host");
            }
            if (service == null) {
                service = Dom.attr(s, "service");
            }
            if (mode == null) {
                mode = Dom.attr(s, "mode");
            }
        }
        if (type.equals("pty")) {
            // The tty of a pty exists only while the domain runs; a stored config forgets it.
            if (path == null) {
                path = Dom.attr(e, "tty");
            }
            if (inactive) {
                path = null;
            }
        }
        switch (type) {
            case "dev", "file", "pipe" -> {
                if (path == null) {
                    throw Err.xml("Missing source path attribute for char device");
                }
            }
            case "tcp" -> {
                if (mode == null) {
                    mode = "connect";
                }
                Err.oneOf(mode, "mode", "source", "bind", "connect");
                if (service == null) {
                    throw Err.xml("Missing source service attribute for char device");
                }
            }
            case "unix" -> {
                if (mode == null) {
                    mode = "connect";
                }
                Err.oneOf(mode, "mode", "source", "bind", "connect");
            }
            default -> {
            }
        }
        String protocol = null;
        if (type.equals("tcp")) {
            protocol = Err.oneOf(Dom.childAttr(e, "protocol", "type"), "type", "protocol", "raw", "telnet",
                    "telnets", "tls");
        }
        Element t = Dom.child(e, "target");
        String targetType = Dom.attr(t, "type");
        int port = -1;
        String p = Dom.attr(t, "port");
        if (p != null && kind != ChrDef.Kind.CHANNEL) {
            Integer v = Units.parseIntStrict(p);
            if (v == null || v < 0) {
                throw Err.xml("Invalid port number: %s", p);
            }
            port = v;
        }
        String name = Dom.attr(t, "name");
        if (kind == ChrDef.Kind.CHANNEL && "guestfwd".equals(targetType)) {
            // guestfwd targets an address and port instead of a name (kept in targetName / targetPort).
            name = Dom.attr(t, "address");
            if (name == null || p == null) {
                throw Err.xml("guestfwd channel does not define a target address");
            }
            Integer v = Units.parseIntStrict(p);
            if (v == null || v <= 0) {
                throw Err.xml("Invalid port number: %s", p);
            }
            port = v;
        }
        if (kind == ChrDef.Kind.CONSOLE && targetType != null) {
            Err.oneOf(targetType, "type", "target", "none", "serial", "xen", "uml", "virtio", "lxc", "openvz",
                    "sclp", "sclplm");
        }
        if (kind == ChrDef.Kind.CHANNEL) {
            if (targetType == null) {
                throw Err.xml("target type must be specified for channel device");
            }
            Err.oneOf(targetType, "type", "target", "guestfwd", "virtio", "xen");
        }
        return new ChrDef(kind, type, path, host, service, mode, protocol, targetType, port, name,
                Dom.childAttr(t, "model", "name"), AddressXml.parse(e));
    }

    /**
     * Writes a device. For console[0] aliasing serial[0] (HVM guests), libvirt prints the serial's source
     * under the console element: pass that serial as {@code sourceOf}; otherwise pass the device itself.
     */
    static void format(XmlWriter w, ChrDef c, ChrDef sourceOf, DomainFormatOptions opts) {
        String el = c.kind().xml();
        w.open(el).attr("type", sourceOf.type());
        if (sourceOf.type().equals("pty") && sourceOf.path() != null && !opts.inactive()
                && c.kind() == ChrDef.Kind.CONSOLE) {
            w.attr("tty", sourceOf.path());
        }
        formatSource(w, sourceOf, opts);
        w.open("target");
        switch (c.kind()) {
            case SERIAL, PARALLEL -> {
                w.attr("type", c.targetType()).attr("port", c.targetPort());
                if (c.targetModel() != null) {
                    w.open("model").attr("name", c.targetModel()).end("model");
                }
            }
            case CONSOLE -> w.attr("type", c.targetType()).attr("port", c.targetPort());
            case CHANNEL -> {
                if ("guestfwd".equals(c.targetType())) {
                    w.attr("type", c.targetType()).attr("address", c.targetName()).attr("port", c.targetPort());
                } else {
                    w.attr("type", c.targetType()).attr("name", c.targetName());
                }
            }
        }
        w.end("target");
        AddressXml.formatAlias(w, sourceOf.alias());
        AddressXml.format(w, c.address());
        w.end(el);
    }

    private static void formatSource(XmlWriter w, ChrDef c, DomainFormatOptions opts) {
        switch (c.type()) {
            case "pty" -> {
                if (c.path() != null && !opts.inactive()) {
                    w.open("source").attr("path", c.path()).end("source");
                }
            }
            case "dev", "file", "pipe" -> w.open("source").attr("path", c.path()).end("source");
            case "unix" -> w.open("source").attr("mode", c.mode()).attr("path", c.path()).end("source");
            case "tcp" -> {
                w.open("source").attr("mode", c.mode()).attr("host", c.host()).attr("service", c.service())
                        .end("source");
                if (c.protocol() != null) {
                    w.open("protocol").attr("type", c.protocol()).end("protocol");
                }
            }
            case "udp" -> w.open("source").attr("mode", c.mode()).attr("host", c.host())
                    .attr("service", c.service()).end("source");
            default -> {
            }
        }
    }
}
