package org.jvirt.rpc.remote;

/** remote_domain_get_max_vcpus_ret. */
public record DomainGetMaxVcpusRet(int num) {
}
