package org.jvirt.driver.remote;

import java.util.Locale;

/** libvirt's remoteDriverTransport, in its order; {@link #uriName()} is what follows '+' in a URI. */
enum RemoteTransport {
    TLS, UNIX, SSH, LIBSSH2, EXT, TCP, LIBSSH;

    String uriName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The transport named in a URI (case-insensitive, as libvirt lowers it), or null when unknown. */
    static RemoteTransport ofUriName(String name) {
        for (RemoteTransport t : values()) {
            if (t.uriName().equals(name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }

    /** libvirt's is_secure: the transport itself protects the traffic (or, for UNIX, never leaves the host). */
    boolean secure() {
        return this == TLS || this == UNIX || this == SSH || this == LIBSSH || this == LIBSSH2;
    }
}
