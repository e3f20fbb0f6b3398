package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_get_block_io_tune_args. */
public record DomainGetBlockIoTuneArgs(NonnullDomain dom, @XdrOptional String disk, int nparams, int flags) {
}
