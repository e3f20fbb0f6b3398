package org.jvirt.rpc.remote;

/** remote_domain_set_vcpu_args. */
public record DomainSetVcpuArgs(NonnullDomain dom, String cpumap, int state, int flags) {
}
