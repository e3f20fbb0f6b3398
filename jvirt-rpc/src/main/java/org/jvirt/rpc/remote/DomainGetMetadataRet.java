package org.jvirt.rpc.remote;

/** remote_domain_get_metadata_ret. */
public record DomainGetMetadataRet(String metadata) {
}
