package org.jvirt.event;

import org.jvirt.StoragePool;

/**
 * Receives storage pool events (virConnectStoragePoolEventLifecycleCallback / GenericCallback for refresh) on
 * the connection's storage pool event thread, in the order the driver raised them.
 */
@FunctionalInterface
public interface StoragePoolEventListener {

    /**
     * @param eventId 0 lifecycle, 1 refresh
     * @param event for lifecycle: 0 defined, 1 undefined, 2 started, 3 stopped, 4 created, 5 deleted; 0 for refresh
     */
    void onEvent(StoragePool pool, int eventId, int event, int detail);
}
