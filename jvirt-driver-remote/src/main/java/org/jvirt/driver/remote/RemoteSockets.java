package org.jvirt.driver.remote;

import java.util.Locale;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * libvirt's default daemon socket paths (remote_sockets.c): the monolithic libvirtd's "libvirt-sock" (legacy
 * mode) or a per-driver daemon's "virtqemud-sock" (direct mode), under /var/run/libvirt for the system daemon
 * or the user's runtime directory for session daemons. libvirt deliberately writes $LOCALSTATEDIR/run rather
 * than /run: the path may name a socket on another host, and every host with /run has the /var/run link.
 */
final class RemoteSockets {

    static final String SYSTEM_DIR = "/var/run/libvirt";

    /** remoteDriverMode. */
    enum Mode {
        AUTO, LEGACY, DIRECT;

        static Mode parse(String text) {
            for (Mode m : values()) {
                if (m.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return m;
                }
            }
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.REMOTE, "Unknown remote mode '%s'", text);
        }
    }

    private RemoteSockets() {
    }

    /**
     * remoteGetUNIXSocket. In AUTO mode a UNIX transport prefers an existing per-driver socket, then an existing
     * libvirtd socket, then the build's default (legacy, as Debian's libvirt 9.0 shows); other transports
     * always use the legacy path, which is resolved on the remote host.
     */
    static String path(RemoteTransport transport, Mode mode, String driver, boolean user, boolean readOnly,
                       RemoteHost host) {
        String directDaemon = "virt" + driver + "d";
        String direct = socket(directDaemon, user, readOnly, host);
        String legacy = socket("libvirt", user, readOnly, host);
        if (mode == Mode.AUTO) {
            if (transport == RemoteTransport.UNIX) {
                mode = host.exists(direct) ? Mode.DIRECT : Mode.LEGACY;
            } else {
                mode = Mode.LEGACY;
            }
        }
        if (mode == Mode.DIRECT) {
            if (transport != RemoteTransport.UNIX) {
                throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.REMOTE,
                        "Cannot use direct socket mode for %s transport", transport.uriName());
            }
            return direct;
        }
        return legacy;
    }

    /** remoteGetUNIXSocketHelper: session daemons have a single socket, no read-only twin. */
    private static String socket(String prefix, boolean user, boolean readOnly, RemoteHost host) {
        if (user) {
            return userRuntimeDir(host) + "/" + prefix + "-sock";
        }
        return SYSTEM_DIR + "/" + prefix + (readOnly ? "-sock-ro" : "-sock");
    }

    /** virGetUserRuntimeDirectory: $XDG_RUNTIME_DIR/libvirt, else GLib's fallback, the user cache directory. */
    static String userRuntimeDir(RemoteHost host) {
        String xdg = host.getenv("XDG_RUNTIME_DIR");
        if (xdg == null || xdg.isEmpty()) {
            xdg = host.getenv("XDG_CACHE_HOME");
            if (xdg == null || xdg.isEmpty()) {
                xdg = host.home() + "/.cache";
            }
        }
        return xdg + "/libvirt";
    }
}
