package org.jvirt.conf.domain;

/** {@code <sound model=>}. */
public record SoundDef(String model, DeviceAddress address) implements DeviceDef {

    @Override
    public String elementName() {
        return "sound";
    }
}
