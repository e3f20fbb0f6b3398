package org.jvirt.rpc.remote;

/** qemu_domain_attach_ret. */
public record QemuDomainAttachRet(NonnullDomain dom) {
}
