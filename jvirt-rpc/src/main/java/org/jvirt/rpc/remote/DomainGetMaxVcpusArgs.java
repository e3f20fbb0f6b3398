package org.jvirt.rpc.remote;

/** remote_domain_get_max_vcpus_args. */
public record DomainGetMaxVcpusArgs(NonnullDomain dom) {
}
