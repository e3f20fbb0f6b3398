package org.jvirt.rpc.remote;

/** remote_connect_num_of_nwfilters_ret. */
public record ConnectNumOfNwfiltersRet(int num) {
}
