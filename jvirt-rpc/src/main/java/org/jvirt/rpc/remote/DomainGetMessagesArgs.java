package org.jvirt.rpc.remote;

/** remote_domain_get_messages_args. */
public record DomainGetMessagesArgs(NonnullDomain dom, int flags) {
}
