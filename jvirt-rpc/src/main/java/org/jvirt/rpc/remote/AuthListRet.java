package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_auth_list_ret: the auth types (remote_auth_type) the server accepts, none = 0. */
public record AuthListRet(@XdrMax(RemoteLimits.AUTH_TYPE_LIST_MAX) int[] types) {
}
