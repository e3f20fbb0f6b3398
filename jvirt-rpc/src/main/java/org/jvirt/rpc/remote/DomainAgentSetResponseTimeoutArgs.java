package org.jvirt.rpc.remote;

/** remote_domain_agent_set_response_timeout_args. */
public record DomainAgentSetResponseTimeoutArgs(NonnullDomain dom, int timeout, int flags) {
}
