package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_storage_pool_event_register_any_args. */
public record ConnectStoragePoolEventRegisterAnyArgs(int eventID, @XdrOptional NonnullStoragePool pool) {
}
