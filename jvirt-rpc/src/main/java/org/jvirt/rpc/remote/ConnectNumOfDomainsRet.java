package org.jvirt.rpc.remote;

/** remote_connect_num_of_domains_ret. */
public record ConnectNumOfDomainsRet(int num) {
}
