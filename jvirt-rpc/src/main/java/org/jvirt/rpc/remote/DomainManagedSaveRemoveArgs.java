package org.jvirt.rpc.remote;

/** remote_domain_managed_save_remove_args. */
public record DomainManagedSaveRemoveArgs(NonnullDomain dom, int flags) {
}
