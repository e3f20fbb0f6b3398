package org.jvirt.rpc.remote;

/** remote_connect_num_of_defined_domains_ret. */
public record ConnectNumOfDefinedDomainsRet(int num) {
}
