package org.jvirt.flags;

/** virDomainSetTimeFlags. */
public enum DomainTimeFlag implements VirFlag {
    /** Re-read the guest's clock from its RTC instead of setting the given time. */
    SYNC(1);

    private final int value;

    DomainTimeFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
