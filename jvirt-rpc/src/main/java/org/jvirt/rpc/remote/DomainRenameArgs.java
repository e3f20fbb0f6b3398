package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_rename_args. */
public record DomainRenameArgs(NonnullDomain dom, @XdrOptional String newName, int flags) {
}
