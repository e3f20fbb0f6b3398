package org.jvirt.driver.qemu.monitor;

/** query-status: QEMU's run state ("running", "paused", "prelaunch", "shutdown", "inmigrate"...). */
public record QmpStatus(String status, boolean running, boolean singlestep) {
}
