package org.jvirt.rpc.remote;

/** remote_domain_get_autostart_args. */
public record DomainGetAutostartArgs(NonnullDomain dom) {
}
