package org.jvirt.flags;

/** virStorageVolCreateFlags. */
public enum StorageVolCreateFlag implements VirFlag {
    PREALLOC_METADATA(1),
    REFLINK(2),
    VALIDATE(4);

    private final int value;

    StorageVolCreateFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
