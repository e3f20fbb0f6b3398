package org.jvirt.rpc.remote;

/** remote_domain_get_os_type_ret. */
public record DomainGetOsTypeRet(String type) {
}
