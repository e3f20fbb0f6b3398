package org.jvirt.flags;

/** virDomainCoreDumpFlags. */
public enum DomainCoreDumpFlag implements VirFlag {
    CRASH(1),
    LIVE(2),
    BYPASS_CACHE(4),
    RESET(8),
    MEMORY_ONLY(16);

    private final int value;

    DomainCoreDumpFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
