package org.jvirt.flags;

/** virDomainSnapshotDeleteFlags. */
public enum DomainSnapshotDeleteFlag implements VirFlag {
    CHILDREN(1),
    METADATA_ONLY(2),
    CHILDREN_ONLY(4);

    private final int value;

    DomainSnapshotDeleteFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
