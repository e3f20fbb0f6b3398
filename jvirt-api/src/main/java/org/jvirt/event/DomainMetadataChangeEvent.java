package org.jvirt.event;

import org.jvirt.Domain;

/**
 * VIR_DOMAIN_EVENT_ID_METADATA_CHANGE (virConnectDomainEventMetadataChangeCallback): the metadata of
 * {@code type} (0 description, 1 title, 2 element) changed; {@code nsuri} is the element's namespace, else null.
 */
public record DomainMetadataChangeEvent(Domain domain, int type, String nsuri) implements DomainEvent {

    @Override
    public DomainEventId eventId() {
        return DomainEventId.METADATA_CHANGE;
    }
}
