package org.jvirt.daemon.conf;

/**
 * libvirtd.conf's auth_* values. jvirtd parses every value libvirtd (built with SASL and polkit, as Debian's
 * is) accepts, so a libvirtd.conf loads unchanged; only NONE is served, the others stop the daemon at start
 * with a clear message rather than silently opening an unauthenticated socket.
 */
public enum AuthType {
    NONE("none"), SASL("sasl"), POLKIT("polkit");

    private final String word;

    AuthType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    static AuthType of(String word) {
        for (AuthType t : values()) {
            if (t.word.equals(word)) {
                return t;
            }
        }
        return null;
    }
}
