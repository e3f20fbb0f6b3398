package org.jvirt.conf.domain;

/** {@code <input type= bus=>}: mouse, tablet, keyboard (bus ps2, usb, xen, virtio). */
public record InputDef(String type, String bus, DeviceAddress address) implements DeviceDef {

    @Override
    public String elementName() {
        return "input";
    }
}
