package org.jvirt.conf.domain;

/**
 * {@code <memballoon model=>}: "virtio", "xen" or "none".
 *
 * @param period the guest statistics period in seconds ({@code <stats period=>}), 0 when not collected
 */
public record MemballoonDef(String model, String autodeflate, int period, DeviceAddress address) implements DeviceDef {

    public MemballoonDef(String model, String autodeflate, DeviceAddress address) {
        this(model, autodeflate, 0, address);
    }

    /** virDomainSetMemoryStatsPeriod's change. */
    public MemballoonDef withPeriod(int p) {
        return new MemballoonDef(model, autodeflate, p, address);
    }

    @Override
    public String elementName() {
        return "memballoon";
    }
}
