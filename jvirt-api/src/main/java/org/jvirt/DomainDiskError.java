package org.jvirt;

/** virDomainDiskError: a disk target and its virDomainDiskErrorCode (0 none, 1 unspecified, 2 no space). */
public record DomainDiskError(String disk, int error) {
}
