package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_open_args. */
public record ConnectOpenArgs(@XdrOptional String name, int flags) {
}
