package org.jvirt.rpc.remote;

/** remote_storage_pool_event_refresh_msg. */
public record StoragePoolEventRefreshMsg(int callbackID, NonnullStoragePool pool) {
}
