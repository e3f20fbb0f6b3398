package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_get_max_vcpus_args. */
public record ConnectGetMaxVcpusArgs(@XdrOptional String type) {
}
