package org.jvirt.event;

import org.jvirt.Domain;

/**
 * VIR_DOMAIN_EVENT_ID_LIFECYCLE (libvirt's virConnectDomainEventCallback): what happened and why. The detail
 * stays a raw number so that a detail newer than this build still arrives; {@link #typedDetail()} types it.
 */
public record DomainLifecycleEvent(Domain domain, DomainEventType event, int detail) implements DomainEvent {

    @Override
    public DomainEventId eventId() {
        return DomainEventId.LIFECYCLE;
    }

    /** The detail as its enum constant, or null when this build does not know the number. */
    public DomainEventDetail typedDetail() {
        return event.detail(detail);
    }

    /** What virsh prints after the domain name: "Started Booted". */
    public String virshText() {
        return event.virshName() + " " + event.detailName(detail);
    }
}
