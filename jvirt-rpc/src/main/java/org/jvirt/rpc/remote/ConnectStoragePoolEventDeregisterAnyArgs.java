package org.jvirt.rpc.remote;

/** remote_connect_storage_pool_event_deregister_any_args. */
public record ConnectStoragePoolEventDeregisterAnyArgs(int callbackID) {
}
