package org.jvirt.rpc.remote;

/** remote_domain_attach_device_args. */
public record DomainAttachDeviceArgs(NonnullDomain dom, String xml) {
}
