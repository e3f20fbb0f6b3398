package org.jvirt.rpc.remote;

/** remote_domain_get_autostart_ret. */
public record DomainGetAutostartRet(int autostart) {
}
