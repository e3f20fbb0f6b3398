package org.jvirt.rpc.remote;

/** remote_domain_is_persistent_ret. */
public record DomainIsPersistentRet(int persistent) {
}
