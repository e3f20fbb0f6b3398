package org.jvirt.flags;

/** virDomainDefineFlags. */
public enum DomainDefineFlag implements VirFlag {
    VALIDATE(1);

    private final int value;

    DomainDefineFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
