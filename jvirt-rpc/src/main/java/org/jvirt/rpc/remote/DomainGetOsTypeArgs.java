package org.jvirt.rpc.remote;

/** remote_domain_get_os_type_args. */
public record DomainGetOsTypeArgs(NonnullDomain dom) {
}
