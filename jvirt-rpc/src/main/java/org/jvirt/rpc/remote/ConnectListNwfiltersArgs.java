package org.jvirt.rpc.remote;

/** remote_connect_list_nwfilters_args. */
public record ConnectListNwfiltersArgs(int maxnames) {
}
