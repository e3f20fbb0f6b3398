package org.jvirt.rpc.remote;

/** remote_connect_list_all_nwfilter_bindings_args. */
public record ConnectListAllNwfilterBindingsArgs(int needResults, int flags) {
}
