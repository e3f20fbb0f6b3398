package org.jvirt.flags;

/**
 * virDomainCheckpointListFlags. ROOTS and DESCENDANTS share the value 1: from a domain it means roots only,
 * from a checkpoint all descendants instead of the children.
 */
public enum DomainCheckpointListFlag implements VirFlag {
    ROOTS(1),
    DESCENDANTS(1),
    TOPOLOGICAL(2),
    LEAVES(4),
    NO_LEAVES(8);

    private final int value;

    DomainCheckpointListFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
