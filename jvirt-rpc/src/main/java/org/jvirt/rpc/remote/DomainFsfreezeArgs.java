package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_fsfreeze_args. */
public record DomainFsfreezeArgs(NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_FSFREEZE_MOUNTPOINTS_MAX) List<String> mountpoints, int flags) {
}
