package org.jvirt.event;

import org.jvirt.Domain;

/**
 * One domain event as a listener receives it. The domain handle carries the name, UUID and id the domain had
 * when the event was raised (a stopped domain's id is -1), as libvirt's event handles do.
 */
public sealed interface DomainEvent permits DomainLifecycleEvent, DomainRebootEvent, DomainMetadataChangeEvent {

    Domain domain();

    /** The registration kind this event is delivered under. */
    DomainEventId eventId();
}
