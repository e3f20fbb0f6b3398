package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_fsinfo_ret. */
public record DomainGetFsinfoRet(@XdrMax(RemoteLimits.DOMAIN_FSINFO_MAX) List<DomainFsinfo> info, int ret) {
}
