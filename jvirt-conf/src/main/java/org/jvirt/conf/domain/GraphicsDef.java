package org.jvirt.conf.domain;

import java.util.List;

/**
 * {@code <graphics type=>}: vnc, sdl, spice, rdp, desktop, egl-headless, dbus.
 *
 * @param port the port, -1 when autoport / unset (vnc/spice/rdp)
 * @param autoport "yes"/"no" or null (sdl/desktop)
 * @param passwd only written with the SECURE flag
 * @param listens the {@code <listen>} children (post-parse derives one from the listen attribute)
 * @param options the type-specific rest, or null: for spice the attributes tlsPort / defaultMode and the
 *        children channel, image, jpeg, zlib, playback, streaming, mouse, clipboard, filetransfer, gl; for
 *        vnc / dbus / egl-headless their gl / audio / rendernode children
 */
public record GraphicsDef(String type, int port, String autoport, String websocket, String keymap,
        String sharePolicy, String passwd, String passwdValidTo, String connected, String display, String xauth,
        String fullscreen, List<Listen> listens, XmlNode options) implements DeviceDef {

    public GraphicsDef {
        listens = listens == null ? List.of() : List.copyOf(listens);
    }

    /** Graphics without type-specific options (the original component list). */
    public GraphicsDef(String type, int port, String autoport, String websocket, String keymap,
            String sharePolicy, String passwd, String passwdValidTo, String connected, String display, String xauth,
            String fullscreen, List<Listen> listens) {
        this(type, port, autoport, websocket, keymap, sharePolicy, passwd, passwdValidTo, connected, display, xauth,
                fullscreen, listens, null);
    }

    public GraphicsDef withListens(List<Listen> l) {
        return new GraphicsDef(type, port, autoport, websocket, keymap, sharePolicy, passwd, passwdValidTo,
                connected, display, xauth, fullscreen, l, options);
    }

    /** The port a driver chose for an autoport display (live definitions only). */
    public GraphicsDef withPort(int p) {
        return new GraphicsDef(type, p, autoport, websocket, keymap, sharePolicy, passwd, passwdValidTo,
                connected, display, xauth, fullscreen, listens, options);
    }

    /** {@code <listen type= address= network= socket=/>}. */
    public record Listen(String type, String address, String network, String socket) {
    }

    @Override
    public String elementName() {
        return "graphics";
    }

    /** The first listen address, as libvirt copies it into the listen attribute, or null. */
    public String listenAddress() {
        return listens.isEmpty() ? null : listens.getFirst().address();
    }

    /** Graphics carry no device info in libvirt: no alias is parsed or written. */
    @Override
    public String alias() {
        return null;
    }

    @Override
    public GraphicsDef withAlias(String alias) {
        return this;
    }
}
