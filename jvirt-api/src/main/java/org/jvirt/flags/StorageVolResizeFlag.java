package org.jvirt.flags;

/** virStorageVolResizeFlags. */
public enum StorageVolResizeFlag implements VirFlag {
    ALLOCATE(1),
    DELTA(2),
    SHRINK(4);

    private final int value;

    StorageVolResizeFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
