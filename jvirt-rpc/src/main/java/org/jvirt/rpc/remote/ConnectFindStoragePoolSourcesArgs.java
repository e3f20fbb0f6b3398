package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_find_storage_pool_sources_args. */
public record ConnectFindStoragePoolSourcesArgs(String type, @XdrOptional String srcSpec, int flags) {
}
