package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_event_callback_metadata_change_msg. */
public record DomainEventCallbackMetadataChangeMsg(
        int callbackID, NonnullDomain dom, int type, @XdrOptional String nsuri) {
}
