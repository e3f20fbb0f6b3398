package org.jvirt.conf.storage;

/**
 * A {@code <permissions>} element (virStoragePerms): -1 stands for an absent mode, owner or group, as in libvirt.
 */
public record StoragePerms(int mode, long uid, long gid, String label) {

    public static final StoragePerms NONE = new StoragePerms(-1, -1, -1, null);

    boolean isEmpty() {
        return mode == -1 && uid == -1 && gid == -1 && label == null;
    }
}
