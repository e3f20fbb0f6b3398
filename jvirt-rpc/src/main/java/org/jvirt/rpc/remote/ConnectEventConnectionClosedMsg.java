package org.jvirt.rpc.remote;

/** remote_connect_event_connection_closed_msg. */
public record ConnectEventConnectionClosedMsg(int reason) {
}
