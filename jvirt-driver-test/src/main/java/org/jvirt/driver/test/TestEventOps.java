package org.jvirt.driver.test;

import org.jvirt.spi.DomainEventCallback;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Event registration (testConnectDomainEventRegisterAny / DeregisterAny). The registrations live in the driver
 * instance, shared by every connection to it; the hypervisor table is per connection, so it is the owner that
 * ties a registration to its connection (deregistration by another connection fails, close drops them all).
 */
interface TestEventOps extends HypervisorDriver {

    TestDriver driver();

    @Override
    default int connectDomainEventRegisterAny(DomainRef dom, int eventID, DomainEventCallback callback) {
        return driver().events.register(this, dom, eventID, callback);
    }

    @Override
    default void connectDomainEventDeregisterAny(int callbackID) {
        driver().events.deregister(this, callbackID);
    }
}
