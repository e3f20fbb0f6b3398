package org.jvirt.rpc.remote;

/** remote_connect_list_all_nwfilters_args. */
public record ConnectListAllNwfiltersArgs(int needResults, int flags) {
}
