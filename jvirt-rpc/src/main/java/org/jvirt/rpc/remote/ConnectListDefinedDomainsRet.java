package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_defined_domains_ret. */
public record ConnectListDefinedDomainsRet(@XdrMax(RemoteLimits.DOMAIN_LIST_MAX) List<String> names) {
}
