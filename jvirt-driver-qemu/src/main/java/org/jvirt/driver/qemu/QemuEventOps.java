package org.jvirt.driver.qemu;

import org.jvirt.spi.DomainEventCallback;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** Event registration; the connection's hypervisor table owns its registrations. */
interface QemuEventOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default int connectDomainEventRegisterAny(DomainRef dom, int eventID, DomainEventCallback callback) {
        return driver().events.register(this, dom, eventID, callback);
    }

    @Override
    default void connectDomainEventDeregisterAny(int callbackID) {
        driver().events.deregister(this, callbackID);
    }
}
