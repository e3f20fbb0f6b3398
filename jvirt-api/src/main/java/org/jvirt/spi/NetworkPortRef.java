package org.jvirt.spi;

import java.util.UUID;

/** A network port as drivers and the wire name it: its network and its UUID. */
public record NetworkPortRef(NetworkRef net, UUID uuid) {
}
