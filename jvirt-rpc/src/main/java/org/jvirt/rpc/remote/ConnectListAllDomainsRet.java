package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_all_domains_ret. */
public record ConnectListAllDomainsRet(@XdrMax(RemoteLimits.DOMAIN_LIST_MAX) List<NonnullDomain> domains, int ret) {
}
