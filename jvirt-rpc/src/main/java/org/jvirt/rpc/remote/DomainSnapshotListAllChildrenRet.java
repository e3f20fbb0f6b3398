package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_snapshot_list_all_children_ret. */
public record DomainSnapshotListAllChildrenRet(
        @XdrMax(RemoteLimits.DOMAIN_SNAPSHOT_LIST_MAX) List<NonnullDomainSnapshot> snapshots, int ret) {
}
