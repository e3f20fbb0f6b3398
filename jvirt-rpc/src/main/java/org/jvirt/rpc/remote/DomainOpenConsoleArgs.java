package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_open_console_args. */
public record DomainOpenConsoleArgs(NonnullDomain dom, @XdrOptional String devName, int flags) {
}
