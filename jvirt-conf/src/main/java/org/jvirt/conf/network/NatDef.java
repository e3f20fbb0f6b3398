package org.jvirt.conf.network;

/**
 * {@code <forward mode='nat'><nat ipv6=..><address start end/><port start end/></nat>}. Addresses are
 * canonical text (null when absent); ports are 0 when absent, as in libvirt.
 */
public record NatDef(String addressStart, String addressEnd, int portStart, int portEnd, Boolean ipv6) {

    public static final NatDef NONE = new NatDef(null, null, 0, 0, null);

    /** libvirt prints {@code <nat>} only when it carries something. */
    public boolean isEmpty() {
        return addressStart == null && portStart == 0 && portEnd == 0 && ipv6 == null;
    }
}
