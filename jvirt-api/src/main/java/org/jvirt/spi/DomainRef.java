package org.jvirt.spi;

import java.util.UUID;

/** What a driver hands back for a domain and what identifies one in every SPI call (libvirt's virDomain fields). id is -1 when inactive. */
public record DomainRef(String name, UUID uuid, int id) {
}
