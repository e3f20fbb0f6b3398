package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_security_model_ret. */
public record NodeGetSecurityModelRet(
        @XdrMax(RemoteLimits.SECURITY_MODEL_MAX) int[] model, @XdrMax(RemoteLimits.SECURITY_DOI_MAX) int[] doi) {
}
