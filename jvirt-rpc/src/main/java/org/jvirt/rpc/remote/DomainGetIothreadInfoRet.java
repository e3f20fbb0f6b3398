package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_iothread_info_ret. */
public record DomainGetIothreadInfoRet(@XdrMax(RemoteLimits.IOTHREAD_INFO_MAX) List<DomainIothreadInfo> info, int ret) {
}
