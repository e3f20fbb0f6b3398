package org.jvirt.rpc.remote;

/** remote_domain_rename_ret. */
public record DomainRenameRet(int retcode) {
}
