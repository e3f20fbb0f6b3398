package org.jvirt.flags;

/** virDomainCreateFlags. */
public enum DomainCreateFlag implements VirFlag {
    NONE(0),
    START_PAUSED(1),
    START_AUTODESTROY(2),
    START_BYPASS_CACHE(4),
    START_FORCE_BOOT(8),
    START_VALIDATE(16),
    START_RESET_NVRAM(32);

    private final int value;

    DomainCreateFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
