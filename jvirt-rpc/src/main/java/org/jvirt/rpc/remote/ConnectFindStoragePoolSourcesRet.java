package org.jvirt.rpc.remote;

/** remote_connect_find_storage_pool_sources_ret. */
public record ConnectFindStoragePoolSourcesRet(String xml) {
}
