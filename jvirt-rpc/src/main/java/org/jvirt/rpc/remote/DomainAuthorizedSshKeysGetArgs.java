package org.jvirt.rpc.remote;

/** remote_domain_authorized_ssh_keys_get_args. */
public record DomainAuthorizedSshKeysGetArgs(NonnullDomain dom, String user, int flags) {
}
