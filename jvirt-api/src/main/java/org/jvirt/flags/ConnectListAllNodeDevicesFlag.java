package org.jvirt.flags;

/** virConnectListAllNodeDeviceFlags (capability filters, then INACTIVE and ACTIVE). */
public enum ConnectListAllNodeDevicesFlag implements VirFlag {
    SYSTEM(1),
    PCI_DEV(1 << 1),
    USB_DEV(1 << 2),
    USB_INTERFACE(1 << 3),
    NET(1 << 4),
    SCSI_HOST(1 << 5),
    SCSI_TARGET(1 << 6),
    SCSI(1 << 7),
    STORAGE(1 << 8),
    FC_HOST(1 << 9),
    VPORTS(1 << 10),
    SCSI_GENERIC(1 << 11),
    DRM(1 << 12),
    MDEV_TYPES(1 << 13),
    MDEV(1 << 14),
    CCW_DEV(1 << 15),
    CSS_DEV(1 << 16),
    VDPA(1 << 17),
    AP_CARD(1 << 18),
    AP_QUEUE(1 << 19),
    AP_MATRIX(1 << 20),
    VPD(1 << 21),
    INACTIVE(1 << 30),
    ACTIVE(1 << 31);

    private final int value;

    ConnectListAllNodeDevicesFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
