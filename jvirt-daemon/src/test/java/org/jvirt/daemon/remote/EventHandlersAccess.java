package org.jvirt.daemon.remote;

import org.jvirt.rpc.remote.ConnectDomainEventCallbackRegisterAnyArgs;
import org.jvirt.rpc.remote.DomainEventProcedures;

/** Runs the registered CALLBACK_REGISTER_ANY handler as a call would. */
final class EventHandlersAccess {

    private EventHandlersAccess() {
    }

    @SuppressWarnings("unchecked")
    static int registerLifecycle(RemoteClient c) {
        HandlerTable t = new HandlerTable();
        EventHandlers.register(t);
        var e = (HandlerTable.Entry<ConnectDomainEventCallbackRegisterAnyArgs, org.jvirt.rpc.remote.ConnectDomainEventCallbackRegisterAnyRet>)
                t.get(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY.number());
        return e.handler().handle(c, new ConnectDomainEventCallbackRegisterAnyArgs(0, null)).callbackID();
    }
}
