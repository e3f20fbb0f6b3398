package org.jvirt.rpc.remote;

/** remote_domain_get_scheduler_type_args. */
public record DomainGetSchedulerTypeArgs(NonnullDomain dom) {
}
