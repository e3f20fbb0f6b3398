package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** {@code <graphics>}: vnc, sdl, spice, rdp, desktop, egl-headless, dbus. */
final class GraphicsXml {

    private GraphicsXml() {
    }

    static GraphicsDef parse(Element e) {
        String type = Dom.attr(e, "type");
        if (type == null) {
            throw Err.missingAttr("type", "graphics");
        }
        Err.oneOf(type, "type", "graphics", "sdl", "vnc", "rdp", "desktop", "spice", "egl-headless", "dbus");
        int port = -1;
        String autoport = null;
        boolean networked = type.equals("vnc") || type.equals("spice") || type.equals("rdp");
        if (networked) {
            String p = Dom.attr(e, "port");
            if (p != null) {
                Integer v = Units.parseIntStrict(p);
                if (v == null) {
                    throw Err.internal("cannot parse %s port %s", type, p);
                }
                port = v > 0 ? v : -1;
            }
            String ap = Err.oneOf(Dom.attr(e, "autoport"), "autoport", "graphics", "yes", "no");
            // port='-1' (or no port on VNC) asks for an automatically chosen port.
            boolean auto = ap != null ? ap.equals("yes")
                    : p != null && port <= 0 || type.equals("vnc") && p == null;
            if (auto) {
                port = -1;
            }
            if (type.equals("vnc")) {
                autoport = auto ? "yes" : "no";
            } else if (type.equals("spice")) {
                autoport = auto ? "yes" : "no";
            } else if (auto) {
                autoport = "yes";
            }
        }
        List<GraphicsDef.Listen> listens = new ArrayList<>();
        for (Element l : Dom.children(e, "listen")) {
            String lt = Dom.attr(l, "type");
            if (lt == null) {
                throw Err.xml("graphics listen type must be specified");
            }
            Err.oneOf(lt, "type", "listen", "address", "network", "socket", "none");
            listens.add(new GraphicsDef.Listen(lt, lt.equals("address") ? Dom.attr(l, "address") : null,
                    lt.equals("network") ? Dom.attr(l, "network") : null,
                    lt.equals("socket") ? Dom.attr(l, "socket") : null));
        }
        String listenAttr = Dom.attr(e, "listen");
        if (listenAttr != null && networked) {
            if (listens.isEmpty()) {
                listens.add(new GraphicsDef.Listen("address", listenAttr, null, null));
            } else if (listens.getFirst().type().equals("address") && listens.getFirst().address() == null) {
                listens.set(0, new GraphicsDef.Listen("address", listenAttr, null, null));
            } else if (listens.getFirst().type().equals("address")
                    && !listenAttr.equals(listens.getFirst().address())) {
                throw Err.xml("graphics 'listen' attribute '%s' must match 'address' attribute of first listen "
                        + "element (found '%s')", listenAttr, listens.getFirst().address());
            }
        }
        String fullscreen = null;
        if (type.equals("sdl") || type.equals("desktop")) {
            fullscreen = Err.oneOf(Dom.attr(e, "fullscreen"), "fullscreen", "graphics", "yes", "no");
        }
        String sharePolicy = type.equals("vnc") ? Err.oneOf(Dom.attr(e, "sharePolicy"), "sharePolicy", "graphics",
                "allow-exclusive", "force-shared", "ignore") : null;
        String connected = Dom.attr(e, "connected");
        return new GraphicsDef(type, port, autoport, type.equals("vnc") ? Dom.attr(e, "websocket") : null,
                networked ? Dom.attr(e, "keymap") : null, sharePolicy,
                networked ? Dom.attr(e, "passwd") : null, networked ? Dom.attr(e, "passwdValidTo") : null,
                networked ? connected : null,
                type.equals("sdl") || type.equals("desktop") ? Dom.attr(e, "display") : null,
                type.equals("sdl") ? Dom.attr(e, "xauth") : null, fullscreen, listens, options(type, e));
    }

    private static final Shape SPICE = Shape.of("tlsPort", "defaultMode")
            .child("channel", Shape.of("name", "mode")).child("image", Shape.of("compression"))
            .child("jpeg", Shape.of("compression")).child("zlib", Shape.of("compression"))
            .child("playback", Shape.of("compression")).child("streaming", Shape.of("mode"))
            .child("mouse", Shape.of("mode")).child("clipboard", Shape.of("copypaste"))
            .child("filetransfer", Shape.of("enable")).child("gl", Shape.of("enable", "rendernode"));
    private static final Shape VNC = Shape.of().child("audio", Shape.of("id"));
    private static final Shape GL = Shape.of().child("gl", Shape.of("rendernode"));

    /** The type-specific attributes and children, or null when there are none. */
    private static XmlNode options(String type, Element e) {
        Shape s = switch (type) {
            case "spice" -> SPICE;
            case "vnc" -> VNC;
            case "egl-headless" -> GL;
            default -> null;
        };
        if (s == null) {
            return null;
        }
        XmlNode n = s.read(e);
        if (n.attrs().isEmpty() && n.children().isEmpty()) {
            return null;
        }
        if (type.equals("spice")) {
            Err.oneOf(n.attr("defaultMode"), "defaultMode", "graphics", "any", "secure", "insecure");
            for (XmlNode c : n.children()) {
                if (c.name().equals("channel")) {
                    Err.oneOf(c.attr("mode"), "mode", "channel", "any", "secure", "insecure");
                }
            }
        }
        return n;
    }

    static void format(XmlWriter w, GraphicsDef g, DomainFormatOptions opts) {
        w.open("graphics").attr("type", g.type());
        switch (g.type()) {
            case "vnc" -> {
                boolean auto = "yes".equals(g.autoport());
                if (!g.listens().isEmpty() && g.listens().getFirst().type().equals("socket")) {
                    // A VNC server on a UNIX socket has no port: the socket replaces port/autoport.
                    w.attr("socket", g.listens().getFirst().socket());
                } else {
                    if (g.port() > 0 && (!auto || !opts.inactive())) {
                        w.attr("port", g.port());
                    } else if (auto) {
                        w.attr("port", -1);
                    }
                    w.attr("autoport", g.autoport()).attr("websocket", g.websocket());
                }
                w.attr("listen", listenAttr(g)).attr("keymap", g.keymap()).attr("sharePolicy", g.sharePolicy());
                auth(w, g, opts);
            }
            case "spice", "rdp" -> {
                if (g.port() > 0) {
                    w.attr("port", g.port());
                }
                w.attr("tlsPort", opt(g, "tlsPort"));
                w.attr("autoport", g.autoport()).attr("listen", listenAttr(g)).attr("keymap", g.keymap());
                w.attr("defaultMode", opt(g, "defaultMode"));
                auth(w, g, opts);
            }
            case "sdl", "desktop" -> w.attr("display", g.display()).attr("xauth", g.xauth())
                    .attr("fullscreen", g.fullscreen());
            default -> {
            }
        }
        for (GraphicsDef.Listen l : g.listens()) {
            w.open("listen").attr("type", l.type()).attr("address", l.address()).attr("network", l.network())
                    .attr("socket", l.socket()).end("listen");
        }
        if (g.options() != null) {
            g.options().formatChildren(w);
        }
        w.end("graphics");
    }

    private static String opt(GraphicsDef g, String attr) {
        return g.options() == null ? null : g.options().attr(attr);
    }

    private static String listenAttr(GraphicsDef g) {
        if (g.listens().isEmpty()) {
            return null;
        }
        GraphicsDef.Listen l = g.listens().getFirst();
        return l.type().equals("address") || l.type().equals("network") ? l.address() : null;
    }

    private static void auth(XmlWriter w, GraphicsDef g, DomainFormatOptions opts) {
        if (opts.secure()) {
            w.attr("passwd", g.passwd());
        }
        w.attr("passwdValidTo", g.passwdValidTo()).attr("connected", g.connected());
    }
}
