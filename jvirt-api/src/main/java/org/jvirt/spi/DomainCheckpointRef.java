package org.jvirt.spi;

/**
 * What a driver hands back for a checkpoint and what identifies one in every SPI call: the domain plus the
 * checkpoint's name (libvirt's virDomainCheckpoint, remote_nonnull_domain_checkpoint on the wire).
 */
public record DomainCheckpointRef(DomainRef domain, String name) {
}
