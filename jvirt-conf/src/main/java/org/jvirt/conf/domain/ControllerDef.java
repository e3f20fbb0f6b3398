package org.jvirt.conf.domain;

/**
 * {@code <controller type= index= model=>}.
 *
 * @param type "ide", "fdc", "scsi", "sata", "virtio-serial", "usb", "pci", "ccid", "xenbus", "isa"
 * @param model the model or null
 * @param ports virtio-serial ports, or null
 * @param vectors virtio-serial vectors, or null
 */
public record ControllerDef(String type, int index, String model, String ports, String vectors,
        DeviceAddress address) implements DeviceDef {

    @Override
    public String elementName() {
        return "controller";
    }
}
