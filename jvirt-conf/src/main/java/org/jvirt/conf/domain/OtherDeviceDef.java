package org.jvirt.conf.domain;

/**
 * A device of a family jvirt keeps as a canonical tree rather than a typed record: filesystem, hostdev, rng,
 * tpm, panic, smartcard, redirdev, redirfilter, hub, lease, shmem, memory, iommu, vsock, audio, nvram, crypto.
 * The tree is already normalised (libvirt's attribute/child order, defaults filled in).
 *
 * @param node the device element, e.g. {@code rng}, {@code hostdev}
 */
public record OtherDeviceDef(XmlNode node) implements DeviceDef {

    @Override
    public String elementName() {
        return node.name();
    }

    /** The device's type / model attribute (hostdev type, rng model, tpm model...), or null. */
    public String attr(String name) {
        return node.attr(name);
    }
}
