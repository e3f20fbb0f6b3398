package org.jvirt.flags;

/** virDomainSnapshotXMLFlags. */
public enum DomainSnapshotXMLFlag implements VirFlag {
    SECURE(1);

    private final int value;

    DomainSnapshotXMLFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
