package org.jvirt.spi;

/**
 * Where a driver delivers the node device events of one registration (NodeDeviceDriver
 * .connectNodeDeviceEventRegisterAny). As with {@link DomainEventCallback}, an implementation only hands the event
 * off: drivers may call it with their own locks held.
 */
@FunctionalInterface
public interface NodeDeviceEventCallback {

    /**
     * @param eventID 0 lifecycle (event: virNodeDeviceEventLifecycleType, detail 0), 1 update (event and detail 0)
     */
    void onNodeDeviceEvent(int callbackID, NodeDeviceRef dev, int eventID, int event, int detail);
}
