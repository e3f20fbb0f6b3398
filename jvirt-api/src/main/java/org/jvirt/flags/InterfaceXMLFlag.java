package org.jvirt.flags;

/** virInterfaceXMLFlags. */
public enum InterfaceXMLFlag implements VirFlag {
    INACTIVE(1);

    private final int value;

    InterfaceXMLFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
