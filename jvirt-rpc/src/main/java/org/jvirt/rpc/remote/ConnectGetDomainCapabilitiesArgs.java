package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_get_domain_capabilities_args. */
public record ConnectGetDomainCapabilitiesArgs(
        @XdrOptional String emulatorbin, @XdrOptional String arch, @XdrOptional String machine,
        @XdrOptional String virttype, int flags) {
}
