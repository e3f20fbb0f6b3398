package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_storage_pool_list_volumes_ret. */
public record StoragePoolListVolumesRet(@XdrMax(RemoteLimits.STORAGE_VOL_LIST_MAX) List<String> names) {
}
