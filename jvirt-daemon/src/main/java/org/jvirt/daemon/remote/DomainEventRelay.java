package org.jvirt.daemon.remote;

import org.jvirt.event.DomainEvent;
import org.jvirt.event.DomainEventListener;
import org.jvirt.event.DomainLifecycleEvent;
import org.jvirt.event.DomainMetadataChangeEvent;
import org.jvirt.event.DomainRebootEvent;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.DomainEventCallbackLifecycleMsg;
import org.jvirt.rpc.remote.DomainEventCallbackMetadataChangeMsg;
import org.jvirt.rpc.remote.DomainEventCallbackRebootMsg;
import org.jvirt.rpc.remote.DomainEventLifecycleMsg;
import org.jvirt.rpc.remote.DomainEventRebootMsg;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.jvirt.rpc.remote.DomainEventProcedures;

/**
 * Forwards one registration's events to its client as MESSAGE packets (libvirt's remoteRelayDomainEvent*).
 * Runs on the client's own Connect delivery thread, so a client that reads slowly delays only its own
 * events. As in libvirt, events raised before the registration's id is known are dropped.
 */
final class DomainEventRelay implements DomainEventListener {

    private final ClientLink link;
    private final boolean legacy;
    private volatile int callbackId = -1;

    DomainEventRelay(ClientLink link, boolean legacy) {
        this.link = link;
        this.legacy = legacy;
    }

    void ready(int id) {
        callbackId = id;
    }

    @Override
    public void onEvent(DomainEvent event) {
        int id = callbackId;
        if (id < 0) {
            return;
        }
        RpcMessage m = message(event, id, legacy);
        if (m != null) {
            link.send(m);
        }
    }

    /** The packet of an event; null when the legacy protocol has no message for it (metadata change). */
    static RpcMessage message(DomainEvent event, int callbackId, boolean legacy) {
        NonnullDomain dom = Wire.dom(event.domain());
        return switch (event) {
            case DomainLifecycleEvent e -> {
                DomainEventLifecycleMsg msg = new DomainEventLifecycleMsg(dom, e.event().value(), e.detail());
                yield legacy ? packet(DomainEventProcedures.DOMAIN_EVENT_LIFECYCLE, msg)
                        : packet(DomainEventProcedures.DOMAIN_EVENT_CALLBACK_LIFECYCLE, new DomainEventCallbackLifecycleMsg(callbackId, msg));
            }
            case DomainRebootEvent e -> {
                DomainEventRebootMsg msg = new DomainEventRebootMsg(dom);
                yield legacy ? packet(DomainEventProcedures.DOMAIN_EVENT_REBOOT, msg)
                        : packet(DomainEventProcedures.DOMAIN_EVENT_CALLBACK_REBOOT, new DomainEventCallbackRebootMsg(callbackId, msg));
            }
            case DomainMetadataChangeEvent e -> legacy ? null
                    : packet(DomainEventProcedures.DOMAIN_EVENT_CALLBACK_METADATA_CHANGE,
                            new DomainEventCallbackMetadataChangeMsg(callbackId, dom, e.type(), e.nsuri()));
        };
    }

    private static <A> RpcMessage packet(RemoteProcedure<A, ?> proc, A body) {
        return RpcMessage.of(RpcHeader.message(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, proc.number()), proc.args(), body);
    }
}
