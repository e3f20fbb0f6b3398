package org.jvirt.conf.network;

/**
 * A PCI address {@code domain:bus:slot.function} of a hostdev pool member. Values are unsigned; the domain may use
 * all 32 bits (libvirt does not limit it), bus/slot/function are checked by the parser.
 */
public record PciAddress(int domain, int bus, int slot, int function) {

    /** The {@code 0000:03:10.1} form libvirt uses in messages. */
    public String text() {
        return String.format("%04x:%02x:%02x.%x", domain, bus, slot, function);
    }
}
