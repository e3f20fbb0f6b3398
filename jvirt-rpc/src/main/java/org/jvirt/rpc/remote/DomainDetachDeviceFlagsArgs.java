package org.jvirt.rpc.remote;

/** remote_domain_detach_device_flags_args. */
public record DomainDetachDeviceFlagsArgs(NonnullDomain dom, String xml, int flags) {
}
