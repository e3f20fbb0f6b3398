package org.jvirt.conf.domain;

/** {@code <memballoon model=>}: "virtio", "xen" or "none". */
public record MemballoonDef(String model, String autodeflate, DeviceAddress address) implements DeviceDef {

    @Override
    public String elementName() {
        return "memballoon";
    }
}
