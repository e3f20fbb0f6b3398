package org.jvirt;

import java.util.SequencedMap;

/** virNodeGetMemoryStats: field name ("total", "free", "buffers", "cached") to KiB, in libvirt's order. */
public record NodeMemoryStats(SequencedMap<String, Long> values) {
}
