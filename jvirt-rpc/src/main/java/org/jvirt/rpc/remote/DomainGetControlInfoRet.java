package org.jvirt.rpc.remote;

/** remote_domain_get_control_info_ret. */
public record DomainGetControlInfoRet(int state, int details, long stateTime) {
}
