package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_all_secrets_ret. */
public record ConnectListAllSecretsRet(@XdrMax(RemoteLimits.SECRET_LIST_MAX) List<NonnullSecret> secrets, int ret) {
}
