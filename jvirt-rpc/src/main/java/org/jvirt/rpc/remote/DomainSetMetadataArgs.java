package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_set_metadata_args. */
public record DomainSetMetadataArgs(
        NonnullDomain dom, int type, @XdrOptional String metadata, @XdrOptional String key, @XdrOptional String uri,
        int flags) {
}
