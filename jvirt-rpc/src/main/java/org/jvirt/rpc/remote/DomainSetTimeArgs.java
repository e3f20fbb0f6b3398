package org.jvirt.rpc.remote;

/** remote_domain_set_time_args: seconds is a hyper, nseconds and flags unsigned ints. */
public record DomainSetTimeArgs(NonnullDomain dom, long seconds, int nseconds, int flags) {
}
