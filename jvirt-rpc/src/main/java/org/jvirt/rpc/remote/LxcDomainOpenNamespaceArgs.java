package org.jvirt.rpc.remote;

/** lxc_domain_open_namespace_args (libvirt-lxc's program). */
public record LxcDomainOpenNamespaceArgs(NonnullDomain dom, int flags) {
}
