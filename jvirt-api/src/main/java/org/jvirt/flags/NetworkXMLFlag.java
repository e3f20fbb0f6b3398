package org.jvirt.flags;

/** virNetworkXMLFlags. */
public enum NetworkXMLFlag implements VirFlag {
    INACTIVE(1);

    private final int value;

    NetworkXMLFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
