package org.jvirt.rpc.remote;

/** qemu_domain_attach_args. */
public record QemuDomainAttachArgs(int pidValue, int flags) {
}
