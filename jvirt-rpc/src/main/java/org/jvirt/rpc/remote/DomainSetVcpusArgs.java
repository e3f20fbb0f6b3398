package org.jvirt.rpc.remote;

/** remote_domain_set_vcpus_args. */
public record DomainSetVcpusArgs(NonnullDomain dom, int nvcpus) {
}
