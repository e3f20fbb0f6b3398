package org.jvirt.rpc.remote;

/** remote_domain_get_launch_security_info_args. */
public record DomainGetLaunchSecurityInfoArgs(NonnullDomain dom, int flags) {
}
