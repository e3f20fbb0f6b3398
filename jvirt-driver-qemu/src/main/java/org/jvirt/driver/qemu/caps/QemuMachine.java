package org.jvirt.driver.qemu.caps;

/**
 * One machine type from query-machines.
 *
 * @param alias the short name ("pc" for pc-i440fx-7.2), or null
 * @param maxCpus "cpu-max"
 */
public record QemuMachine(String name, String alias, int maxCpus, boolean deprecated, boolean isDefault) {
}
