package org.jvirt.flags;

/** virDomainModificationImpact, shared by every call that can change live and/or config state. */
public enum DomainModificationImpact implements VirFlag {
    CURRENT(0),
    LIVE(1),
    CONFIG(2);

    private final int value;

    DomainModificationImpact(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
