package org.jvirt.rpc.remote;

/** remote_domain_get_disk_errors_args. */
public record DomainGetDiskErrorsArgs(NonnullDomain dom, int maxerrors, int flags) {
}
