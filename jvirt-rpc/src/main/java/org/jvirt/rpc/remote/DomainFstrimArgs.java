package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_fstrim_args. */
public record DomainFstrimArgs(NonnullDomain dom, @XdrOptional String mountPoint, long minimum, int flags) {
}
