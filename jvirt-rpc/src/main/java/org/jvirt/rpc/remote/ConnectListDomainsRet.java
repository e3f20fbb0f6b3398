package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_domains_ret. */
public record ConnectListDomainsRet(@XdrMax(RemoteLimits.DOMAIN_LIST_MAX) int[] ids) {
}
