package org.jvirt.flags;

/** virDomainCheckpointDeleteFlags. */
public enum DomainCheckpointDeleteFlag implements VirFlag {
    CHILDREN(1),
    METADATA_ONLY(2),
    CHILDREN_ONLY(4);

    private final int value;

    DomainCheckpointDeleteFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
