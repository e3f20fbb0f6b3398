package org.jvirt.rpc.remote;

/** remote_connect_secret_event_register_any_ret. */
public record ConnectSecretEventRegisterAnyRet(int callbackID) {
}
