package org.jvirt.flags;

/** virDomainXMLFlags. */
public enum DomainXMLFlag implements VirFlag {
    SECURE(1),
    INACTIVE(2),
    UPDATE_CPU(4),
    MIGRATABLE(8);

    private final int value;

    DomainXMLFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
