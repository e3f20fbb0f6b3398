package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_all_storage_pools_ret. */
public record ConnectListAllStoragePoolsRet(
        @XdrMax(RemoteLimits.STORAGE_POOL_LIST_MAX) List<NonnullStoragePool> pools, int ret) {
}
