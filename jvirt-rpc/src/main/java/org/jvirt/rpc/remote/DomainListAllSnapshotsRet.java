package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_list_all_snapshots_ret. */
public record DomainListAllSnapshotsRet(
        @XdrMax(RemoteLimits.DOMAIN_SNAPSHOT_LIST_MAX) List<NonnullDomainSnapshot> snapshots, int ret) {
}
