package org.jvirt.rpc.remote;

/** remote_domain_get_state_ret. */
public record DomainGetStateRet(int state, int reason) {
}
