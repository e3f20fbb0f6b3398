package org.jvirt.rpc.remote;

/** remote_domain_set_vcpus_flags_args. */
public record DomainSetVcpusFlagsArgs(NonnullDomain dom, int nvcpus, int flags) {
}
