package org.jvirt.rpc.remote;

/** remote_domain_get_control_info_args. */
public record DomainGetControlInfoArgs(NonnullDomain dom, int flags) {
}
