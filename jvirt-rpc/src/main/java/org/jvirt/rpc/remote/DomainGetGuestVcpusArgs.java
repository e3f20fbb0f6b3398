package org.jvirt.rpc.remote;

/** remote_domain_get_guest_vcpus_args. */
public record DomainGetGuestVcpusArgs(NonnullDomain dom, int flags) {
}
