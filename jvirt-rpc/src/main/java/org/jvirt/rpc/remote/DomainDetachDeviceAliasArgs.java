package org.jvirt.rpc.remote;

/** remote_domain_detach_device_alias_args. */
public record DomainDetachDeviceAliasArgs(NonnullDomain dom, String alias, int flags) {
}
