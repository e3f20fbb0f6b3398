package org.jvirt.rpc.remote;

/** remote_domain_managed_save_args. */
public record DomainManagedSaveArgs(NonnullDomain dom, int flags) {
}
