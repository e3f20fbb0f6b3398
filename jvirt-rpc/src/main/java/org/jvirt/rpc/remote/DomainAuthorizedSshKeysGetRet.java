package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_authorized_ssh_keys_get_ret. */
public record DomainAuthorizedSshKeysGetRet(@XdrMax(RemoteLimits.DOMAIN_AUTHORIZED_SSH_KEYS_MAX) List<String> keys) {
}
