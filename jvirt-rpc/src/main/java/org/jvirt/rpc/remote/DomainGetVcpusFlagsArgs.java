package org.jvirt.rpc.remote;

/** remote_domain_get_vcpus_flags_args. */
public record DomainGetVcpusFlagsArgs(NonnullDomain dom, int flags) {
}
