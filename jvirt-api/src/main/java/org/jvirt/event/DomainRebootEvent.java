package org.jvirt.event;

import org.jvirt.Domain;

/** VIR_DOMAIN_EVENT_ID_REBOOT: the guest rebooted (libvirt's virConnectDomainEventGenericCallback). */
public record DomainRebootEvent(Domain domain) implements DomainEvent {

    @Override
    public DomainEventId eventId() {
        return DomainEventId.REBOOT;
    }
}
