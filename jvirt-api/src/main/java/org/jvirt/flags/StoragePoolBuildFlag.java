package org.jvirt.flags;

/** virStoragePoolBuildFlags (also taken by pool-create(-as) --build...). */
public enum StoragePoolBuildFlag implements VirFlag {
    NEW(0),
    REPAIR(1),
    RESIZE(2),
    NO_OVERWRITE(4),
    OVERWRITE(8);

    private final int value;

    StoragePoolBuildFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
