package org.jvirt.rpc.remote;

/** remote_domain_get_fsinfo_args. */
public record DomainGetFsinfoArgs(NonnullDomain dom, int flags) {
}
