package org.jvirt.rpc.remote;

/** remote_domain_set_lifecycle_action_args. */
public record DomainSetLifecycleActionArgs(NonnullDomain dom, int type, int action, int flags) {
}
