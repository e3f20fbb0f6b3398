package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_get_metadata_args. */
public record DomainGetMetadataArgs(NonnullDomain dom, int type, @XdrOptional String uri, int flags) {
}
