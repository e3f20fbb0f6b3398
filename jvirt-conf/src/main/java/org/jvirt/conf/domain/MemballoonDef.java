package org.jvirt.conf.domain;

/**
 * {@code <memballoon model=>}: "virtio", "xen" or "none".
 *
 * @param period the guest statistics period in seconds ({@code <stats period=>}), 0 when not collected
 */
public record MemballoonDef(String model, String autodeflate, int period, DeviceAddress address, String alias)
        implements DeviceDef {

    /** Without statistics period or alias (a device as a user writes it, before a driver assigns an alias). */
    public MemballoonDef(String model, String autodeflate, DeviceAddress address) {
        this(model, autodeflate, 0, address, null);
    }

    /** virDomainSetMemoryStatsPeriod's change. */
    public MemballoonDef withPeriod(int p) {
        return new MemballoonDef(model, autodeflate, p, address, alias);
    }

    @Override
    public String elementName() {
        return "memballoon";
    }

    @Override
    public MemballoonDef withAlias(String a) {
        return new MemballoonDef(model, autodeflate, period, address, a);
    }

    public MemballoonDef withAddress(DeviceAddress a) {
        return new MemballoonDef(model, autodeflate, period, a, alias);
    }
}
