package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_storage_pool_list_all_volumes_ret. */
public record StoragePoolListAllVolumesRet(
        @XdrMax(RemoteLimits.STORAGE_VOL_LIST_MAX) List<NonnullStorageVol> vols, int ret) {
}
