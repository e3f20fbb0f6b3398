package org.jvirt.spi;

import java.util.UUID;

/** What a driver hands back for a storage pool and what identifies one in every SPI call. */
public record StoragePoolRef(String name, UUID uuid) {
}
