package org.jvirt.driver.qemu.command;

import org.jvirt.conf.domain.DeviceAddress;
import org.jvirt.conf.domain.DiskDef;

/**
 * The ids ("aliases") the argv builder gives devices, which the driver needs again to find a device's entry in
 * QEMU's answers (query-blockstats' qdev, QOM paths).
 */
public final class DeviceAliases {

    /** The id of the memory balloon's -device, and so its QOM path under /machine/peripheral. */
    public static final String BALLOON = "balloon0";

    private DeviceAliases() {
    }

    /** ide0-0-0, sata0-0-1, virtio-disk1, fdc0-0-0: as libvirt's qemuAssignDeviceDiskAlias. */
    public static String disk(DiskDef disk) {
        DeviceAddress.Drive a = disk.address() instanceof DeviceAddress.Drive d ? d : new DeviceAddress.Drive(0, 0, 0, 0);
        String bus = disk.targetBus() == null ? "ide" : disk.targetBus();
        return switch (bus) {
            case "ide" -> "ide" + a.controller() + "-" + a.bus() + "-" + a.unit();
            case "sata" -> "sata" + a.controller() + "-" + a.bus() + "-" + a.unit();
            case "virtio" -> "virtio-disk" + DiskProps.diskIndex(disk.targetDev());
            case "fdc" -> "fdc" + a.controller() + "-" + a.bus() + "-" + a.unit();
            default -> throw QemuOptions.unsupported("disk bus '%s' is not supported", bus);
        };
    }

    /**
     * The name query-blockstats gives the disk in "qdev": the id itself, or the QOM path of the virtio backend
     * for virtio disks (QEMU names the device that holds the BlockBackend), as libvirt's qomName.
     */
    public static String diskQdev(DiskDef disk) {
        String id = disk(disk);
        return "virtio".equals(disk.targetBus()) ? "/machine/peripheral/" + id + "/virtio-backend" : id;
    }
}
