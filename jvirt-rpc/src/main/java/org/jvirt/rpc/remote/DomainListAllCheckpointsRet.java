package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_list_all_checkpoints_ret. */
public record DomainListAllCheckpointsRet(
        @XdrMax(RemoteLimits.DOMAIN_CHECKPOINT_LIST_MAX) List<NonnullDomainCheckpoint> checkpoints, int ret) {
}
