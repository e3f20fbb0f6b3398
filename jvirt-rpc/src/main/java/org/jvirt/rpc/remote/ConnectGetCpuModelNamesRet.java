package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_get_cpu_model_names_ret. */
public record ConnectGetCpuModelNamesRet(@XdrMax(RemoteLimits.CONNECT_CPU_MODELS_MAX) List<String> models, int ret) {
}
