package org.jvirt.rpc.remote;

/** remote_domain_get_vcpu_pin_info_args. */
public record DomainGetVcpuPinInfoArgs(NonnullDomain dom, int ncpumaps, int maplen, int flags) {
}
