package org.jvirt.conf.domain;

/** {@code <memballoon model=>}: "virtio", "xen" or "none". */
public record MemballoonDef(String model, String autodeflate, DeviceAddress address, String alias) implements DeviceDef {

    /** Without an alias (a device as written by a user or built by a driver before aliases are assigned). */
    public MemballoonDef(String model, String autodeflate, DeviceAddress address) {
        this(model, autodeflate, address, null);
    }

    @Override
    public String elementName() {
        return "memballoon";
    }

    @Override
    public MemballoonDef withAlias(String a) {
        return new MemballoonDef(model, autodeflate, address, a);
    }

    public MemballoonDef withAddress(DeviceAddress a) {
        return new MemballoonDef(model, autodeflate, a, alias);
    }
}
