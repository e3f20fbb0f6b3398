package org.jvirt.rpc.remote;

/** remote_domain_get_vcpus_args. */
public record DomainGetVcpusArgs(NonnullDomain dom, int maxinfo, int maplen) {
}
