package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_restore_flags_args. */
public record DomainRestoreFlagsArgs(String from, @XdrOptional String dxml, int flags) {
}
