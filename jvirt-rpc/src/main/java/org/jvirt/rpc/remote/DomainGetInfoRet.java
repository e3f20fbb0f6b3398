package org.jvirt.rpc.remote;

/** remote_domain_get_info_ret (state is an unsigned char, nrVirtCpu an unsigned short: both travel as 4 bytes). */
public record DomainGetInfoRet(int state, long maxMem, long memory, int nrVirtCpu, long cpuTime) {
}
