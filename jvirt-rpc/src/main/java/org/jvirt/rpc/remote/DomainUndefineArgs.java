package org.jvirt.rpc.remote;

/** remote_domain_undefine_args. */
public record DomainUndefineArgs(NonnullDomain dom) {
}
