package org.jvirt.spi;

import org.jvirt.event.DomainEventDetail;
import org.jvirt.event.DomainEventId;

/**
 * The payload of a domain event as drivers raise it: no handle (drivers only know {@link DomainRef}s) and raw
 * numbers, the shape of libvirt's remote_domain_event_*_msg bodies, so the remote driver and the daemon map
 * them one to one. The public layer turns them into {@link org.jvirt.event.DomainEvent}s.
 */
public sealed interface DomainEventBody {

    /** The registration kind (virDomainEventID number) this payload is delivered under. */
    int eventID();

    /** VIR_DOMAIN_EVENT_ID_LIFECYCLE: virDomainEventType and its detail number. */
    record Lifecycle(int event, int detail) implements DomainEventBody {

        public static Lifecycle of(DomainEventDetail detail) {
            return new Lifecycle(detail.type().value(), detail.value());
        }

        @Override
        public int eventID() {
            return DomainEventId.LIFECYCLE.value();
        }
    }

    /** VIR_DOMAIN_EVENT_ID_METADATA_CHANGE: virDomainMetadataType and the namespace (null unless type 2). */
    record MetadataChange(int type, String nsuri) implements DomainEventBody {

        @Override
        public int eventID() {
            return DomainEventId.METADATA_CHANGE.value();
        }
    }

    /** VIR_DOMAIN_EVENT_ID_REBOOT: no payload. */
    record Reboot() implements DomainEventBody {

        @Override
        public int eventID() {
            return DomainEventId.REBOOT.value();
        }
    }
}
