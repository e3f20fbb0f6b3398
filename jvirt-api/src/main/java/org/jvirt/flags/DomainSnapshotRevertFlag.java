package org.jvirt.flags;

/** virDomainSnapshotRevertFlags. */
public enum DomainSnapshotRevertFlag implements VirFlag {
    RUNNING(1),
    PAUSED(2),
    FORCE(4),
    RESET_NVRAM(8);

    private final int value;

    DomainSnapshotRevertFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
