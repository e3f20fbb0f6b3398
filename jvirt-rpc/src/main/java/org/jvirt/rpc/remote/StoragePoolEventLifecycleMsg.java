package org.jvirt.rpc.remote;

/** remote_storage_pool_event_lifecycle_msg. */
public record StoragePoolEventLifecycleMsg(int callbackID, NonnullStoragePool pool, int event, int detail) {
}
