package org.jvirt.conf.network;

/**
 * {@code <bridge name zone stp delay macTableManager/>}. stp defaults to on and delay to 0 (libvirt's
 * parser); the name is null until a driver picks one (the network driver's virbr%d, not the parser).
 */
public record BridgeDef(String name, String zone, boolean stp, long delay, String macTableManager) {

    public static final BridgeDef DEFAULT = new BridgeDef(null, null, true, 0, null);

    public BridgeDef withName(String newName) {
        return new BridgeDef(newName, zone, stp, delay, macTableManager);
    }
}
