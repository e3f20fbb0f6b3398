package org.jvirt.spi;

/**
 * What a driver hands back for a snapshot and what identifies one in every SPI call: the domain plus the
 * snapshot's name (libvirt's virDomainSnapshot, remote_nonnull_domain_snapshot on the wire).
 */
public record DomainSnapshotRef(DomainRef domain, String name) {
}
