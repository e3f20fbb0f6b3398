package org.jvirt.rpc.remote;

/** remote_domain_restore_args. */
public record DomainRestoreArgs(String from) {
}
