package org.jvirt;

import java.util.SequencedMap;

/** virNodeGetCPUStats: field name ("kernel", "user", "idle", "iowait", ...) to nanoseconds, in libvirt's order. */
public record NodeCPUStats(SequencedMap<String, Long> values) {
}
