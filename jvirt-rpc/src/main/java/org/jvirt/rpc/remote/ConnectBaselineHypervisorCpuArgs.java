package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;
import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_baseline_hypervisor_cpu_args. */
public record ConnectBaselineHypervisorCpuArgs(@XdrOptional String emulator, @XdrOptional String arch, @XdrOptional String machine, @XdrOptional String virttype, @XdrMax(RemoteLimits.CPU_BASELINE_MAX) List<String> xmlCPUs, int flags) {
}
