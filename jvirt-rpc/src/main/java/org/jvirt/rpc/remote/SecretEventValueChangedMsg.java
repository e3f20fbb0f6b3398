package org.jvirt.rpc.remote;

/** remote_secret_event_value_changed_msg. */
public record SecretEventValueChangedMsg(int callbackID, NonnullSecret secret) {
}
