package org.jvirt.conf.domain;

/**
 * {@code <controller type= index= model=>}.
 *
 * @param type "ide", "fdc", "scsi", "sata", "virtio-serial", "usb", "pci", "ccid", "xenbus", "isa"
 * @param model the model or null
 * @param ports virtio-serial ports, or null
 * @param vectors virtio-serial vectors, or null
 * @param children the child elements other than the address ({@code <model name>}, {@code <target>},
 *        {@code <driver>}, {@code <master>}, ...) in libvirt's order; empty when none
 */
public record ControllerDef(String type, int index, String model, String ports, String vectors,
        DeviceAddress address, java.util.List<XmlNode> children, String alias) implements DeviceDef {

    /** Without an alias (a device as written by a user or built by a driver before aliases are assigned). */
    public ControllerDef(String type, int index, String model, String ports, String vectors,
            DeviceAddress address, java.util.List<XmlNode> children) {
        this(type, index, model, ports, vectors, address, children, null);
    }

    public ControllerDef {
        children = children == null ? java.util.List.of() : java.util.List.copyOf(children);
    }

    /** A controller with no child elements besides the address (the original component list). */
    public ControllerDef(String type, int index, String model, String ports, String vectors, DeviceAddress address) {
        this(type, index, model, ports, vectors, address, java.util.List.of());
    }

    public ControllerDef withIndex(int i) {
        return new ControllerDef(type, i, model, ports, vectors, address, children, alias);
    }

    @Override
    public String elementName() {
        return "controller";
    }

    @Override
    public ControllerDef withAlias(String a) {
        return new ControllerDef(type, index, model, ports, vectors, address, children, a);
    }

    public ControllerDef withAddress(DeviceAddress a) {
        return new ControllerDef(type, index, model, ports, vectors, a, children, alias);
    }
}
