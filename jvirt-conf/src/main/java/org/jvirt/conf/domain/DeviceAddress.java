package org.jvirt.conf.domain;

/** A device's {@code <address>}; the typed forms are the ones post-parse assigns or drivers inspect. */
public sealed interface DeviceAddress permits DeviceAddress.Drive, DeviceAddress.Pci, DeviceAddress.Other {

    String type();

    /** {@code <address type='drive' controller= bus= target= unit=/>}. */
    record Drive(int controller, int bus, int target, int unit) implements DeviceAddress {
        @Override
        public String type() {
            return "drive";
        }
    }

    /** {@code <address type='pci' domain='0x0000' bus='0x00' slot='0x00' function='0x0'/>}. */
    record Pci(int domain, int bus, int slot, int function, String multifunction) implements DeviceAddress {
        @Override
        public String type() {
            return "pci";
        }
    }

    /**
     * Any other address type, kept as attribute name/value pairs in document order so it survives a
     * round trip (usb, virtio-serial, ccid, isa, ...).
     */
    record Other(String type, java.util.List<String> attrs) implements DeviceAddress {
        public Other {
            attrs = java.util.List.copyOf(attrs);
        }
    }
}
