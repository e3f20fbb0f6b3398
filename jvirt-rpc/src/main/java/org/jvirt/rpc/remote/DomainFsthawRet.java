package org.jvirt.rpc.remote;

/** remote_domain_fsthaw_ret. */
public record DomainFsthawRet(int filesystems) {
}
