package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_block_io_tune_args. */
public record DomainSetBlockIoTuneArgs(NonnullDomain dom, String disk, @XdrMax(RemoteLimits.DOMAIN_BLOCK_IO_TUNE_PARAMETERS_MAX) List<TypedParam> params, int flags) {
}
