package org.jvirt.conf.domain;

/** {@code <sound model=>}. */
public record SoundDef(String model, DeviceAddress address, String alias) implements DeviceDef {

    /** Without an alias (a device as written by a user or built by a driver before aliases are assigned). */
    public SoundDef(String model, DeviceAddress address) {
        this(model, address, null);
    }

    @Override
    public String elementName() {
        return "sound";
    }

    @Override
    public SoundDef withAlias(String a) {
        return new SoundDef(model, address, a);
    }
}
