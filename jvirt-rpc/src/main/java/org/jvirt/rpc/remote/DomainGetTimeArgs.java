package org.jvirt.rpc.remote;

/** remote_domain_get_time_args. */
public record DomainGetTimeArgs(NonnullDomain dom, int flags) {
}
