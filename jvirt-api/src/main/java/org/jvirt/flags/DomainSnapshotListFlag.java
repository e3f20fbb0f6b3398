package org.jvirt.flags;

/** virDomainSnapshotListFlags: ROOTS (domain lists) and DESCENDANTS (children lists) share bit 1. */
public enum DomainSnapshotListFlag implements VirFlag {
    DESCENDANTS(1),
    ROOTS(1),
    METADATA(2),
    LEAVES(4),
    NO_LEAVES(8),
    NO_METADATA(16),
    INACTIVE(32),
    ACTIVE(64),
    DISK_ONLY(128),
    INTERNAL(256),
    EXTERNAL(512),
    TOPOLOGICAL(1024);

    private final int value;

    DomainSnapshotListFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
