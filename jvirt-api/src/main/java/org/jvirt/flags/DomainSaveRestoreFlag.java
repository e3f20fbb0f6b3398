package org.jvirt.flags;

/** virDomainSaveRestoreFlags. */
public enum DomainSaveRestoreFlag implements VirFlag {
    BYPASS_CACHE(1),
    RUNNING(2),
    PAUSED(4),
    RESET_NVRAM(8);

    private final int value;

    DomainSaveRestoreFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
