package org.jvirt.flags;

/** virDomainDeviceModifyFlags. */
public enum DomainDeviceModifyFlag implements VirFlag {
    CURRENT(0),
    LIVE(1),
    CONFIG(2),
    FORCE(4);

    private final int value;

    DomainDeviceModifyFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
