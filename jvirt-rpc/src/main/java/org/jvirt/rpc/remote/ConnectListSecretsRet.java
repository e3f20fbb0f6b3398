package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_secrets_ret. */
public record ConnectListSecretsRet(@XdrMax(RemoteLimits.SECRET_LIST_MAX) List<String> uuids) {
}
