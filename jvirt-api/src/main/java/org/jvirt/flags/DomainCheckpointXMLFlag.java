package org.jvirt.flags;

/** virDomainCheckpointXMLFlags. */
public enum DomainCheckpointXMLFlag implements VirFlag {
    SECURE(1),
    NO_DOMAIN(2),
    SIZE(4);

    private final int value;

    DomainCheckpointXMLFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
