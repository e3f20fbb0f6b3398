package org.jvirt.rpc.remote;

/** remote_domain_update_device_flags_args. */
public record DomainUpdateDeviceFlagsArgs(NonnullDomain dom, String xml, int flags) {
}
