package org.jvirt.rpc.remote;

/** remote_domain_agent_set_response_timeout_ret. */
public record DomainAgentSetResponseTimeoutRet(int result) {
}
