package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_block_io_tune_ret. */
public record DomainGetBlockIoTuneRet(@XdrMax(RemoteLimits.DOMAIN_BLOCK_IO_TUNE_PARAMETERS_MAX) List<TypedParam> params, int nparams) {
}
