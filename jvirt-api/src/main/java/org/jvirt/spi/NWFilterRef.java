package org.jvirt.spi;

import java.util.UUID;

/** A network filter as drivers and the wire name it. */
public record NWFilterRef(String name, UUID uuid) {
}
