package org.jvirt.flags;

/** virDomainMemoryModFlags. */
public enum DomainMemoryModFlag implements VirFlag {
    CURRENT(0),
    LIVE(1),
    CONFIG(2),
    MAXIMUM(4);

    private final int value;

    DomainMemoryModFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
