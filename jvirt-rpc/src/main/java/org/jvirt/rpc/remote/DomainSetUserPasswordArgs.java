package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_set_user_password_args. */
public record DomainSetUserPasswordArgs(NonnullDomain dom, @XdrOptional String user, @XdrOptional String password, int flags) {
}
