package org.jvirt.driver.qemu.monitor;

/**
 * One entry of query-block. {@code device} is the legacy drive name ("" for -blockdev disks, which QEMU names by
 * {@code qdev}); the medium fields are null when nothing is inserted; {@code trayOpen} is null for fixed disks.
 */
public record QmpBlockInfo(String device, String qdev, boolean removable, boolean locked, Boolean trayOpen,
                           String file, String format, boolean readOnly, String nodeName) {
}
