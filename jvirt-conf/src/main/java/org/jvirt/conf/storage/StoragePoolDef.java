package org.jvirt.conf.storage;

import java.util.UUID;

/**
 * A storage pool definition (virStoragePoolDef). Capacity, allocation and available are run-time figures the
 * driver fills in (they are never read from XML); cow is the {@code <features><cow state>} tristate (null =
 * absent); refreshAllocation is {@code <refresh><volume allocation>} or null.
 */
public record StoragePoolDef(StoragePoolType type, String name, UUID uuid, long capacity, long allocation,
                             long available, Boolean cow, PoolSourceDef source, String targetPath,
                             StoragePerms perms, String refreshAllocation) {

    public StoragePoolDef withSizes(long cap, long alloc, long avail) {
        return new StoragePoolDef(type, name, uuid, cap, alloc, avail, cow, source, targetPath, perms,
                refreshAllocation);
    }
}
