package org.jvirt.spi;

/**
 * What a driver hands back for a host interface and what identifies one in every SPI call (libvirt's
 * virInterface: name and MAC). A missing MAC becomes "", as virGetInterface stores it.
 */
public record InterfaceRef(String name, String mac) {

    public InterfaceRef {
        mac = mac == null ? "" : mac;
    }
}
