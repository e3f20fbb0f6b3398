package org.jvirt.conf.iface;

/** virInterfaceType, in libvirt's order. */
public enum InterfaceType {
    ETHERNET, BRIDGE, BOND, VLAN;

    public String xmlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** null for a name libvirt does not know. */
    static InterfaceType of(String s) {
        for (InterfaceType t : values()) {
            if (t.xmlName().equals(s)) {
                return t;
            }
        }
        return null;
    }
}
