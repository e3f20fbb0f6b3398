package org.jvirt.flags;

/** virConnectFlags (open). */
public enum ConnectFlag implements VirFlag {
    RO(1),
    NO_ALIASES(2);

    private final int value;

    ConnectFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
