package org.jvirt.flags;

/** virConnectListAllInterfacesFlags. */
public enum ConnectListAllInterfacesFlag implements VirFlag {
    INACTIVE(1),
    ACTIVE(2);

    private final int value;

    ConnectListAllInterfacesFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
