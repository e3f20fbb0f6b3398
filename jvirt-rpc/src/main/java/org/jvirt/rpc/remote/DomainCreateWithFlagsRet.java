package org.jvirt.rpc.remote;

/** remote_domain_create_with_flags_ret. */
public record DomainCreateWithFlagsRet(NonnullDomain dom) {
}
