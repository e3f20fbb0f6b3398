package org.jvirt.spi;

/**
 * Where a driver delivers the network or storage pool events of one registration
 * (NetworkDriver.connectNetworkEventRegisterAny, StorageDriver.connectStoragePoolEventRegisterAny). As with
 * {@link DomainEventCallback}, an implementation only hands the event off: drivers may call it with their own
 * locks held.
 *
 * @param <R> the object's reference type ({@link NetworkRef}, {@link StoragePoolRef})
 */
@FunctionalInterface
public interface ObjectEventCallback<R> {

    /**
     * @param eventID 0 lifecycle (event: the object's lifecycle type, detail 0); for pools 1 refresh (event and
     *                detail 0)
     */
    void onObjectEvent(int callbackID, R ref, int eventID, int event, int detail);
}
