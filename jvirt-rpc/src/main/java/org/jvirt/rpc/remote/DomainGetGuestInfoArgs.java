package org.jvirt.rpc.remote;

/** remote_domain_get_guest_info_args. */
public record DomainGetGuestInfoArgs(NonnullDomain dom, int types, int flags) {
}
