package org.jvirt.rpc.remote;

/** remote_domain_get_vcpus_flags_ret. */
public record DomainGetVcpusFlagsRet(int num) {
}
