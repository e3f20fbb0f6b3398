package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_fsthaw_args. */
public record DomainFsthawArgs(NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_FSFREEZE_MOUNTPOINTS_MAX) List<String> mountpoints, int flags) {
}
