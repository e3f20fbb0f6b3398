package org.jvirt.flags;

/** virDomainDestroyFlagsValues. */
public enum DomainDestroyFlag implements VirFlag {
    DEFAULT(0),
    GRACEFUL(1),
    REMOVE_LOGS(2);

    private final int value;

    DomainDestroyFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
