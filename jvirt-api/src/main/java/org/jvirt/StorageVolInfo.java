package org.jvirt;

/** virStorageVolInfo: type (0 file, 1 block, 2 dir, 3 network, 4 netdir, 5 ploop) and sizes in bytes. */
public record StorageVolInfo(int type, long capacity, long allocation) {
}
