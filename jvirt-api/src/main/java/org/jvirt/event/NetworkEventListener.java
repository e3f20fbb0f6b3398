package org.jvirt.event;

import org.jvirt.Network;

/**
 * Receives network events (virConnectNetworkEventLifecycleCallback) on the connection's network event thread,
 * in the order the driver raised them.
 */
@FunctionalInterface
public interface NetworkEventListener {

    /**
     * @param eventId 0 lifecycle (the only one)
     * @param event 0 defined, 1 undefined, 2 started, 3 stopped
     */
    void onEvent(Network net, int eventId, int event, int detail);
}
