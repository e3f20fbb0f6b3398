package org.jvirt.conf.domain;

/**
 * {@code <disk type= device=>}.
 *
 * @param type "file", "block", "dir", "network", "volume"
 * @param device "disk", "cdrom", "floppy", "lun"
 * @param source the path (file/dev/dir) or null for an empty drive
 * @param sourceProtocol for network disks: protocol; source then holds the name attribute
 * @param driver the {@code <driver>} element or null
 * @param targetDev e.g. "hda", "vdb"
 * @param targetBus "ide", "scsi", "virtio", "xen", "usb", "sata", "fdc", "sd" (filled by post-parse)
 * @param bootOrder the {@code <boot order=>} or 0
 */
public record DiskDef(String type, String device, String snapshot, Driver driver, String source,
        String sourceProtocol, String sourceStartupPolicy, String targetDev, String targetBus, String tray,
        boolean readonly, boolean shareable, boolean transientDisk, String serial, int bootOrder,
        DeviceAddress address, String alias, IoTune iotune) implements DeviceDef {

    /** Without I/O limits. */
    public DiskDef(String type, String device, String snapshot, Driver driver, String source,
        String sourceProtocol, String sourceStartupPolicy, String targetDev, String targetBus, String tray,
        boolean readonly, boolean shareable, boolean transientDisk, String serial, int bootOrder,
        DeviceAddress address, String alias) {
        this(type, device, snapshot, driver, source, sourceProtocol, sourceStartupPolicy, targetDev, targetBus, tray,
                readonly, shareable, transientDisk, serial, bootOrder, address, alias, null);
    }

    /** Without an alias (a device as written by a user or built by a driver before aliases are assigned). */
    public DiskDef(String type, String device, String snapshot, Driver driver, String source,
        String sourceProtocol, String sourceStartupPolicy, String targetDev, String targetBus, String tray,
        boolean readonly, boolean shareable, boolean transientDisk, String serial, int bootOrder,
        DeviceAddress address) {
        this(type, device, snapshot, driver, source, sourceProtocol, sourceStartupPolicy, targetDev, targetBus, tray, readonly, shareable, transientDisk, serial, bootOrder, address, null);
    }

    /** {@code <driver name= type= cache= io= discard=/>}; unset attributes are null. */
    public record Driver(String name, String type, String cache, String io, String discard) {
    }

    @Override
    public String elementName() {
        return "disk";
    }

    public DiskDef withTargetBus(String bus) {
        return new DiskDef(type, device, snapshot, driver, source, sourceProtocol, sourceStartupPolicy, targetDev,
                bus, tray, readonly, shareable, transientDisk, serial, bootOrder, address, alias, iotune);
    }

    public DiskDef withAddress(DeviceAddress a) {
        return new DiskDef(type, device, snapshot, driver, source, sourceProtocol, sourceStartupPolicy, targetDev,
                targetBus, tray, readonly, shareable, transientDisk, serial, bootOrder, a, alias, iotune);
    }

    public DiskDef withSource(String path) {
        return new DiskDef(type, device, snapshot, driver, path, sourceProtocol, sourceStartupPolicy, targetDev,
                targetBus, tray, readonly, shareable, transientDisk, serial, bootOrder, address, alias, iotune);
    }

    @Override
    public DiskDef withAlias(String a) {
        return new DiskDef(type, device, snapshot, driver, source, sourceProtocol, sourceStartupPolicy, targetDev, targetBus, tray, readonly, shareable, transientDisk, serial, bootOrder, address, a, iotune);
    }

    /** {@code <iotune>} (virDomainDiskDef.blkdeviotune); null for none. */
    public DiskDef withIotune(IoTune t) {
        return new DiskDef(type, device, snapshot, driver, source, sourceProtocol, sourceStartupPolicy, targetDev,
                targetBus, tray, readonly, shareable, transientDisk, serial, bootOrder, address, alias, t);
    }
}
