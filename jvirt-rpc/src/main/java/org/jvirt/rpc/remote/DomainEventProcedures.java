package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;
import static org.jvirt.rpc.remote.RemoteProcedure.event;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE procedures of domain event registrations and the domain event messages the server sends, by number
 * (libvirt's remote_protocol.x numbers). The type and the registry are {@link RemoteProcedure}; a number is
 * declared in exactly one family.
 */
public final class DomainEventProcedures {

    private DomainEventProcedures() {
    }

    public static final RemoteProcedure<XdrVoid, ConnectDomainEventRegisterRet> CONNECT_DOMAIN_EVENT_REGISTER =
            define(105, "CONNECT_DOMAIN_EVENT_REGISTER", VOID, ConnectDomainEventRegisterRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectDomainEventDeregisterRet> CONNECT_DOMAIN_EVENT_DEREGISTER =
            define(106, "CONNECT_DOMAIN_EVENT_DEREGISTER", VOID, ConnectDomainEventDeregisterRet.class);
    public static final RemoteProcedure<DomainEventLifecycleMsg, XdrVoid> DOMAIN_EVENT_LIFECYCLE =
            event(107, "DOMAIN_EVENT_LIFECYCLE", DomainEventLifecycleMsg.class);
    public static final RemoteProcedure<ConnectDomainEventRegisterAnyArgs, XdrVoid> CONNECT_DOMAIN_EVENT_REGISTER_ANY =
            define(167, "CONNECT_DOMAIN_EVENT_REGISTER_ANY", ConnectDomainEventRegisterAnyArgs.class, VOID);
    public static final RemoteProcedure<ConnectDomainEventDeregisterAnyArgs, XdrVoid>
            CONNECT_DOMAIN_EVENT_DEREGISTER_ANY = define(168, "CONNECT_DOMAIN_EVENT_DEREGISTER_ANY",
                    ConnectDomainEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<DomainEventRebootMsg, XdrVoid> DOMAIN_EVENT_REBOOT =
            event(169, "DOMAIN_EVENT_REBOOT", DomainEventRebootMsg.class);
    public static final
            RemoteProcedure<ConnectDomainEventCallbackRegisterAnyArgs, ConnectDomainEventCallbackRegisterAnyRet>
            CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY = define(316, "CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY",
                    ConnectDomainEventCallbackRegisterAnyArgs.class, ConnectDomainEventCallbackRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectDomainEventCallbackDeregisterAnyArgs, XdrVoid>
            CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY = define(317, "CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY",
                    ConnectDomainEventCallbackDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<DomainEventCallbackLifecycleMsg, XdrVoid> DOMAIN_EVENT_CALLBACK_LIFECYCLE =
            event(318, "DOMAIN_EVENT_CALLBACK_LIFECYCLE", DomainEventCallbackLifecycleMsg.class);
    public static final RemoteProcedure<DomainEventCallbackRebootMsg, XdrVoid> DOMAIN_EVENT_CALLBACK_REBOOT =
            event(319, "DOMAIN_EVENT_CALLBACK_REBOOT", DomainEventCallbackRebootMsg.class);
    public static final RemoteProcedure<DomainEventCallbackMetadataChangeMsg, XdrVoid>
            DOMAIN_EVENT_CALLBACK_METADATA_CHANGE = event(379, "DOMAIN_EVENT_CALLBACK_METADATA_CHANGE",
                    DomainEventCallbackMetadataChangeMsg.class);
}
