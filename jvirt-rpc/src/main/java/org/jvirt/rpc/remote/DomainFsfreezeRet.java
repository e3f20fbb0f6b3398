package org.jvirt.rpc.remote;

/** remote_domain_fsfreeze_ret. */
public record DomainFsfreezeRet(int filesystems) {
}
