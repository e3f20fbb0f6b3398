package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_send_key_args. */
public record DomainSendKeyArgs(NonnullDomain dom, int codeset, int holdtime, @XdrMax(RemoteLimits.DOMAIN_SEND_KEY_MAX) int[] keycodes, int flags) {
}
