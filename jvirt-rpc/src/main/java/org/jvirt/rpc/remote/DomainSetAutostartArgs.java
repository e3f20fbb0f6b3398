package org.jvirt.rpc.remote;

/** remote_domain_set_autostart_args. */
public record DomainSetAutostartArgs(NonnullDomain dom, int autostart) {
}
