package org.jvirt.event;

/**
 * Receives the domain events of one registration ({@code Connect.domainEventRegisterAny}). jvirt needs no event
 * loop from the application: each connection delivers its events in order on its own virtual thread, so a
 * listener may block or call back into the connection; a slow listener only delays later events of the same
 * connection. An exception thrown by a listener is logged and does not stop delivery.
 */
@FunctionalInterface
public interface DomainEventListener {

    void onEvent(DomainEvent event);
}
