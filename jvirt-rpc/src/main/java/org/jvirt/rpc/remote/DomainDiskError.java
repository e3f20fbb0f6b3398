package org.jvirt.rpc.remote;

/** remote_domain_disk_error. */
public record DomainDiskError(String disk, int error) {
}
