package org.jvirt.rpc.remote;

/** remote_network_event_lifecycle_msg. */
public record NetworkEventLifecycleMsg(int callbackID, NonnullNetwork net, int event, int detail) {
}
