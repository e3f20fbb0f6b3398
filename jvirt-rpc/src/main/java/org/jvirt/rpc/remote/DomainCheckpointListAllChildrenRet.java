package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_checkpoint_list_all_children_ret. */
public record DomainCheckpointListAllChildrenRet(
        @XdrMax(RemoteLimits.DOMAIN_CHECKPOINT_LIST_MAX) List<NonnullDomainCheckpoint> checkpoints, int ret) {
}
