package org.jvirt.rpc.remote;

/** remote_domain_detach_device_args. */
public record DomainDetachDeviceArgs(NonnullDomain dom, String xml) {
}
