package org.jvirt.rpc.remote;

/** remote_domain_has_managed_save_image_args. */
public record DomainHasManagedSaveImageArgs(NonnullDomain dom, int flags) {
}
