package org.jvirt.rpc.remote;

/** remote_domain_event_reboot_msg. */
public record DomainEventRebootMsg(NonnullDomain dom) {
}
