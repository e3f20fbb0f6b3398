package org.jvirt.rpc.remote;

/** remote_domain_set_guest_vcpus_args. */
public record DomainSetGuestVcpusArgs(NonnullDomain dom, String cpumap, int state, int flags) {
}
