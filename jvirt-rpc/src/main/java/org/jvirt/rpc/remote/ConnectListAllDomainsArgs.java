package org.jvirt.rpc.remote;

/** remote_connect_list_all_domains_args. */
public record ConnectListAllDomainsArgs(int needResults, int flags) {
}
