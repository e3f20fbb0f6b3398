package org.jvirt.conf.domain;

/**
 * {@code <video><model type= vram= heads= primary=/></video>}; sizes in KiB, 0 = unset.
 */
public record VideoDef(String model, long ram, long vram, long vgamem, int heads, boolean primary,
        DeviceAddress address, String alias) implements DeviceDef {

    /** Without an alias (a device as written by a user or built by a driver before aliases are assigned). */
    public VideoDef(String model, long ram, long vram, long vgamem, int heads, boolean primary,
        DeviceAddress address) {
        this(model, ram, vram, vgamem, heads, primary, address, null);
    }

    @Override
    public String elementName() {
        return "video";
    }

    @Override
    public VideoDef withAlias(String a) {
        return new VideoDef(model, ram, vram, vgamem, heads, primary, address, a);
    }

    public VideoDef withAddress(DeviceAddress a) {
        return new VideoDef(model, ram, vram, vgamem, heads, primary, a, alias);
    }
}
