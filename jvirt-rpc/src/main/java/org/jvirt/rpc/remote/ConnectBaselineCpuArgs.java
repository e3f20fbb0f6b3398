package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_baseline_cpu_args. */
public record ConnectBaselineCpuArgs(@XdrMax(RemoteLimits.CPU_BASELINE_MAX) List<String> xmlCPUs, int flags) {
}
