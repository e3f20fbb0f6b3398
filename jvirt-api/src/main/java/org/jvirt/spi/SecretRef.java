package org.jvirt.spi;

import java.util.UUID;

/** A secret as drivers and the wire name it: UUID, usage type (virSecretUsageType) and usage id. */
public record SecretRef(UUID uuid, int usageType, String usageID) {
}
