package org.jvirt.rpc.remote;

/** remote_domain_attach_device_flags_args. */
public record DomainAttachDeviceFlagsArgs(NonnullDomain dom, String xml, int flags) {
}
