package org.jvirt.spi;

import java.util.UUID;

/** What a driver hands back for a network and what identifies one in every SPI call. */
public record NetworkRef(String name, UUID uuid) {
}
