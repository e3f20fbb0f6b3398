package org.jvirt.driver.qemu.monitor;

/** One entry of query-blockstats: the counters domblkstat reports (times in nanoseconds). */
public record QmpBlockStats(String device, String qdev, String nodeName, long rdBytes, long wrBytes,
                            long rdOperations, long wrOperations, long flushOperations, long rdTotalTimeNs,
                            long wrTotalTimeNs, long flushTotalTimeNs, long wrHighestOffset) {
}
