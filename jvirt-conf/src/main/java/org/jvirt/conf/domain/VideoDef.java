package org.jvirt.conf.domain;

/**
 * {@code <video><model type= vram= heads= primary=/></video>}; sizes in KiB, 0 = unset.
 */
public record VideoDef(String model, long ram, long vram, long vgamem, int heads, boolean primary,
        DeviceAddress address) implements DeviceDef {

    @Override
    public String elementName() {
        return "video";
    }
}
