package org.jvirt.rpc.remote;

/** remote_connect_storage_pool_event_register_any_ret. */
public record ConnectStoragePoolEventRegisterAnyRet(int callbackID) {
}
