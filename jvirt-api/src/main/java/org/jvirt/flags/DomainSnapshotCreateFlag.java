package org.jvirt.flags;

/** virDomainSnapshotCreateFlags. */
public enum DomainSnapshotCreateFlag implements VirFlag {
    REDEFINE(1),
    CURRENT(2),
    NO_METADATA(4),
    HALT(8),
    DISK_ONLY(16),
    REUSE_EXT(32),
    QUIESCE(64),
    ATOMIC(128),
    LIVE(256),
    VALIDATE(512);

    private final int value;

    DomainSnapshotCreateFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
