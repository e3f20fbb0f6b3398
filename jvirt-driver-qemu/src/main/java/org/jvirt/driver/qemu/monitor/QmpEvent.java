package org.jvirt.driver.qemu.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One asynchronous QMP event: {"event": name, "data": {...}, "timestamp": {"seconds", "microseconds"}}.
 * {@code data} is an empty object when QEMU sent none; {@code timestamp} is null when absent.
 */
public record QmpEvent(String name, JsonNode data, Instant timestamp) {
}
