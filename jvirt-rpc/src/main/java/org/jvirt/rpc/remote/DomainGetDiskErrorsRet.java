package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_disk_errors_ret. */
public record DomainGetDiskErrorsRet(
        @XdrMax(RemoteLimits.DOMAIN_DISK_ERRORS_MAX) List<DomainDiskError> errors, int nerrors) {
}
