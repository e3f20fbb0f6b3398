package org.jvirt.event;

import org.jvirt.NodeDevice;

/**
 * Receives node device events (virConnectNodeDeviceEventLifecycleCallback / GenericCallback) on the connection's
 * node device event thread, in the order the driver raised them.
 */
@FunctionalInterface
public interface NodeDeviceEventListener {

    /**
     * @param eventId 0 lifecycle, 1 update
     * @param event for lifecycle: 0 created, 1 deleted, 2 defined, 3 undefined; 0 for update
     */
    void onEvent(NodeDevice dev, int eventId, int event, int detail);
}
