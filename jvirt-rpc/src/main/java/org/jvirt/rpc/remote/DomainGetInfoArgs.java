package org.jvirt.rpc.remote;

/** remote_domain_get_info_args. */
public record DomainGetInfoArgs(NonnullDomain dom) {
}
