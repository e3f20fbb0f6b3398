package org.jvirt.rpc.remote;

/** remote_domain_save_args. */
public record DomainSaveArgs(NonnullDomain dom, String to) {
}
