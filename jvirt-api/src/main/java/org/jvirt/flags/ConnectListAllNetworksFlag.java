package org.jvirt.flags;

/** virConnectListAllNetworksFlags (note: INACTIVE is 1 here, unlike domains). */
public enum ConnectListAllNetworksFlag implements VirFlag {
    INACTIVE(1),
    ACTIVE(2),
    PERSISTENT(4),
    TRANSIENT(8),
    AUTOSTART(16),
    NO_AUTOSTART(32);

    private final int value;

    ConnectListAllNetworksFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
