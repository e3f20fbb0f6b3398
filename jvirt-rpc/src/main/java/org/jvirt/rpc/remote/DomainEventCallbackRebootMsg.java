package org.jvirt.rpc.remote;

/** remote_domain_event_callback_reboot_msg. */
public record DomainEventCallbackRebootMsg(int callbackID, DomainEventRebootMsg msg) {
}
