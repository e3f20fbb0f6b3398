package org.jvirt.conf.network;

/** A member of a forward pool: a host interface by name or a PCI device (libvirt's virNetworkForwardIfDef). */
public sealed interface ForwardIf {

    /**
     * {@code <interface dev/>}; connections is live state (guests using it), printed only in live XML and
     * never read back from XML, as in libvirt.
     */
    record NetDev(String dev, int connections) implements ForwardIf {
    }

    /** {@code <address type='pci' .../>} of an SR-IOV virtual function. */
    record Pci(PciAddress address) implements ForwardIf {
    }
}
