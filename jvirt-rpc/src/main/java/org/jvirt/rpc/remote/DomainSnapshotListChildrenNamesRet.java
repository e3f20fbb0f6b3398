package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_snapshot_list_children_names_ret. */
public record DomainSnapshotListChildrenNamesRet(@XdrMax(RemoteLimits.DOMAIN_SNAPSHOT_LIST_MAX) List<String> names) {
}
