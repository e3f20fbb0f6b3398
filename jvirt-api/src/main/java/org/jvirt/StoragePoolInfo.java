package org.jvirt;

/** virStoragePoolInfo: state (0 inactive, 1 building, 2 running, 3 degraded, 4 inaccessible) and sizes in bytes. */
public record StoragePoolInfo(int state, long capacity, long allocation, long available) {
}
