package org.jvirt.rpc.remote;

/** remote_domain_event_callback_lifecycle_msg. */
public record DomainEventCallbackLifecycleMsg(int callbackID, DomainEventLifecycleMsg msg) {
}
