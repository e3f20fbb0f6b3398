package org.jvirt.rpc.remote;

/** remote_domain_has_managed_save_image_ret. */
public record DomainHasManagedSaveImageRet(int result) {
}
