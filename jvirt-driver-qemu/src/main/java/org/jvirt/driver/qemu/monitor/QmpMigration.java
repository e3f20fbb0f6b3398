package org.jvirt.driver.qemu.monitor;

/**
 * query-migrate: {@code status} is null when no migration ever ran, else "setup", "active", "completed",
 * "failed", "cancelled"...; RAM counters are bytes; errorDesc is QEMU's reason for "failed".
 */
public record QmpMigration(String status, long totalTimeMs, long ramTransferred, long ramRemaining, long ramTotal,
                           String errorDesc) {

    public boolean finished() {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }
}
