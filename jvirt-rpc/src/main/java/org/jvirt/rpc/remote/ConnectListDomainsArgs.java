package org.jvirt.rpc.remote;

/** remote_connect_list_domains_args. */
public record ConnectListDomainsArgs(int maxids) {
}
