package org.jvirt.rpc.remote;

/** remote_domain_reboot_args. */
public record DomainRebootArgs(NonnullDomain dom, int flags) {
}
