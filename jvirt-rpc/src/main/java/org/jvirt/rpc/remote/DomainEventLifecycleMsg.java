package org.jvirt.rpc.remote;

/** remote_domain_event_lifecycle_msg. */
public record DomainEventLifecycleMsg(NonnullDomain dom, int event, int detail) {
}
