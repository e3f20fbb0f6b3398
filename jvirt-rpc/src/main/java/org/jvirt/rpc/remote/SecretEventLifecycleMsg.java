package org.jvirt.rpc.remote;

/** remote_secret_event_lifecycle_msg. */
public record SecretEventLifecycleMsg(int callbackID, NonnullSecret secret, int event, int detail) {
}
