package org.jvirt.flags;

/** virNetworkCreateFlags / virNetworkDefineFlags. */
public enum NetworkCreateFlag implements VirFlag {
    VALIDATE(1);

    private final int value;

    NetworkCreateFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
