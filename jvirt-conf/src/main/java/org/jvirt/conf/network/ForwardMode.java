package org.jvirt.conf.network;

/** libvirt's virNetworkForwardType, in its table order; {@link #xmlName()} is the {@code mode} value. */
public enum ForwardMode {
    NONE, NAT, ROUTE, OPEN, BRIDGE, PRIVATE, VEPA, PASSTHROUGH, HOSTDEV;

    public String xmlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode for an XML value, or null when libvirt does not know it. */
    public static ForwardMode fromXml(String s) {
        for (ForwardMode m : values()) {
            if (m.xmlName().equals(s)) {
                return m;
            }
        }
        return null;
    }

    /** Modes where libvirt itself manages the bridge (and so stp/delay apply and are printed). */
    public boolean managesBridge() {
        return this == NONE || this == NAT || this == ROUTE || this == OPEN;
    }
}
