package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_messages_ret. */
public record DomainGetMessagesRet(@XdrMax(RemoteLimits.DOMAIN_MESSAGES_MAX) List<String> msgs) {
}
