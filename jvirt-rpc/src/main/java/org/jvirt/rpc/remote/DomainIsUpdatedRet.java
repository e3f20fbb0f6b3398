package org.jvirt.rpc.remote;

/** remote_domain_is_updated_ret. */
public record DomainIsUpdatedRet(int updated) {
}
