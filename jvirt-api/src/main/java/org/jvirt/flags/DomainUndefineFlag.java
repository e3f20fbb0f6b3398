package org.jvirt.flags;

/** virDomainUndefineFlagsValues. */
public enum DomainUndefineFlag implements VirFlag {
    MANAGED_SAVE(1),
    SNAPSHOTS_METADATA(2),
    NVRAM(4),
    KEEP_NVRAM(8),
    CHECKPOINTS_METADATA(16),
    TPM(32),
    KEEP_TPM(64);

    private final int value;

    DomainUndefineFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
