package org.jvirt.spi;

/**
 * Where a driver delivers the events of one registration (HypervisorDriver.connectDomainEventRegisterAny).
 * Drivers call it on their own thread, possibly with a domain lock held so that events keep the order of the
 * state changes; an implementation must therefore only hand the event off and never block or call the driver.
 * The public layer's implementation enqueues for the connection's delivery thread; a daemon's would write a
 * message to its client; the remote driver calls the public layer's when a server event arrives.
 */
@FunctionalInterface
public interface DomainEventCallback {

    /**
     * @param callbackID the id the registration returned (the remote protocol carries it with each event)
     * @param dom the domain as it was when the event was raised
     */
    void onDomainEvent(int callbackID, DomainRef dom, DomainEventBody body);
}
