package org.jvirt.spi;

/**
 * What a driver hands back for a node device and what identifies one in every SPI call (libvirt's virNodeDevice:
 * its name, and the parent name a driver may fill in at lookup so that virNodeDeviceGetParent need not ask).
 */
public record NodeDeviceRef(String name, String parent) {

    public static NodeDeviceRef of(String name) {
        return new NodeDeviceRef(name, null);
    }
}
