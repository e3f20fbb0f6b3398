package org.jvirt.conf.network;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * How a driver hooks into network parsing. Today only the UUID source for definitions without one (libvirt's
 * parser generates a random one); tests pass a fixed supplier for stable output.
 */
public record NetworkParseOptions(Supplier<UUID> uuidGenerator) {

    public static NetworkParseOptions defaults() {
        return new NetworkParseOptions(UUID::randomUUID);
    }
}
