package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_storage_pools_ret. */
public record ConnectListStoragePoolsRet(@XdrMax(RemoteLimits.STORAGE_POOL_LIST_MAX) List<String> names) {
}
