package org.jvirt.flags;

/** virStoragePoolDefineFlags. */
public enum StoragePoolDefineFlag implements VirFlag {
    VALIDATE(1);

    private final int value;

    StoragePoolDefineFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
