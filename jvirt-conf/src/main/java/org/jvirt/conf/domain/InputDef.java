package org.jvirt.conf.domain;

/** {@code <input type= bus=>}: mouse, tablet, keyboard (bus ps2, usb, xen, virtio). */
public record InputDef(String type, String bus, DeviceAddress address, String alias) implements DeviceDef {

    /** Without an alias (a device as written by a user or built by a driver before aliases are assigned). */
    public InputDef(String type, String bus, DeviceAddress address) {
        this(type, bus, address, null);
    }

    @Override
    public String elementName() {
        return "input";
    }

    @Override
    public InputDef withAlias(String a) {
        return new InputDef(type, bus, address, a);
    }
}
