package org.jvirt.virsh.domain;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * The guest end of {@code console}: until the API has console streams, a local driver's pty is opened directly
 * (its path comes from the live XML, as {@code ttyconsole} prints it), and bytes are copied both ways until the
 * escape character is typed, the input ends or the guest's side closes (the domain stopped).
 */
final class ConsolePty {

    private ConsolePty() {
    }

    /** The pty of device {@code devname} (alias such as "serial0"/"console0"), or the first console's. */
    static String find(String liveXml, String devname) {
        Element devices = Xml.child(Xml.parse(liveXml), "devices");
        Element dev = null;
        String name = devname;
        if (devname == null) {
            List<Element> consoles = Xml.children(devices, "console");
            List<Element> serials = Xml.children(devices, "serial");
            dev = !consoles.isEmpty() ? consoles.getFirst() : serials.isEmpty() ? null : serials.getFirst();
            // console 0 of an HVM guest is serial 0 (libvirt gives it the serial's alias)
            Element target = dev == null ? null : Xml.child(dev, "target");
            boolean aliasesSerial = consoles.isEmpty() || target == null || "serial".equals(Xml.attr(target, "type"));
            name = aliasesSerial ? "serial0" : "console0";
        } else {
            for (String kind : List.of("console", "serial", "parallel", "channel")) {
                List<Element> l = Xml.children(devices, kind);
                for (int i = 0; i < l.size(); i++) {
                    Element alias = Xml.child(l.get(i), "alias");
                    String a = alias != null ? Xml.attr(alias, "name") : kind + i;
                    if (devname.equals(a)) {
                        dev = l.get(i);
                    }
                }
            }
        }
        if (dev == null) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU, "cannot find character device %s",
                    devname == null ? "<null>" : devname);
        }
        String path = null;
        if ("pty".equals(Xml.attr(dev, "type"))) {
            path = Xml.attr(dev, "tty");
            Element src = Xml.child(dev, "source");
            if ((path == null || path.isEmpty()) && src != null) {
                path = Xml.attr(src, "path");
            }
        }
        if (path == null || path.isEmpty()) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU, "character device %s is not using a PTY", name);
        }
        return path;
    }

    /** Local drivers only: a URI with a host or a transport names a machine whose ptys are not ours. */
    static boolean isLocal(String uri) {
        try {
            URI u = URI.create(uri);
            return (u.getHost() == null || u.getHost().isEmpty()) && (u.getScheme() == null || !u.getScheme().contains("+"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "^]" -> 0x1d, a single character -> itself (vshGetEscapeChar). */
    static int escapeByte(String escape) {
        return escape.length() == 2 && escape.charAt(0) == '^' ? Character.toUpperCase(escape.charAt(1)) ^ 0x40 : escape.charAt(0);
    }

    /** A source of keystrokes: a read returning -1 ends the session, -2 means "nothing yet, ask again". */
    interface Keys {
        int read() throws IOException;
    }

    /**
     * Copies {@code tty}'s output to {@code out} and {@code keys} to the tty until the escape byte, the end of
     * input or the end of the tty. Returns normally in every case; only opening the tty can fail.
     */
    static void run(String tty, Keys keys, OutputStream out, int escape) throws IOException {
        FileInputStream fromGuest = new FileInputStream(tty);
        FileOutputStream toGuest = new FileOutputStream(tty);
        CompletableFuture<Void> guestGone = new CompletableFuture<>();
        Thread.ofVirtual().name("console-out").start(() -> {
            byte[] b = new byte[4096];
            try {
                for (int n; (n = fromGuest.read(b)) > 0; ) {
                    out.write(b, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // EIO: QEMU closed the pty's other side
            }
            guestGone.complete(null);
        });
        try {
            while (!guestGone.isDone()) {
                int c = keys.read();
                if (c == -2) {
                    continue;
                }
                if (c < 0 || c == escape) {
                    break;
                }
                toGuest.write(c);
                toGuest.flush();
            }
        } catch (IOException e) {
            // the guest's side went away while we wrote
        } finally {
            toGuest.close();
            // closing the read side lets the copy thread end when the next byte (or EIO) arrives
            fromGuest.close();
        }
    }

    /** Keys from a plain stream (scripts, tests): blocking reads. */
    static Keys of(InputStream in) {
        return in::read;
    }
}
