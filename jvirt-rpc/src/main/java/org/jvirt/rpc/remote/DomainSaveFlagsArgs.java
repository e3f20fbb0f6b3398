package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_save_flags_args. */
public record DomainSaveFlagsArgs(NonnullDomain dom, String to, @XdrOptional String dxml, int flags) {
}
