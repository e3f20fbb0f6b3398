package org.jvirt.flags;

/** virDomainCheckpointCreateFlags. */
public enum DomainCheckpointCreateFlag implements VirFlag {
    REDEFINE(1),
    QUIESCE(2),
    REDEFINE_VALIDATE(4);

    private final int value;

    DomainCheckpointCreateFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
