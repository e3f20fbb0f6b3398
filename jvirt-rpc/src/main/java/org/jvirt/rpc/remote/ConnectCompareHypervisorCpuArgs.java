package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_compare_hypervisor_cpu_args. */
public record ConnectCompareHypervisorCpuArgs(@XdrOptional String emulator, @XdrOptional String arch, @XdrOptional String machine, @XdrOptional String virttype, String xmlCPU, int flags) {
}
