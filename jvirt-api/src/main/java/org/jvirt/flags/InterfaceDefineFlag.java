package org.jvirt.flags;

/** virInterfaceDefineFlags. */
public enum InterfaceDefineFlag implements VirFlag {
    VALIDATE(1);

    private final int value;

    InterfaceDefineFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
