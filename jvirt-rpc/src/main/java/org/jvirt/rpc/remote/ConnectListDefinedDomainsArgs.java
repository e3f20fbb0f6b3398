package org.jvirt.rpc.remote;

/** remote_connect_list_defined_domains_args. */
public record ConnectListDefinedDomainsArgs(int maxnames) {
}
