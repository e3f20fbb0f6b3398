package org.jvirt.flags;

/** virStoragePoolCreateFlags: build the pool before starting it. */
public enum StoragePoolCreateFlag implements VirFlag {
    NORMAL(0),
    WITH_BUILD(1),
    WITH_BUILD_OVERWRITE(2),
    WITH_BUILD_NO_OVERWRITE(4);

    private final int value;

    StoragePoolCreateFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
