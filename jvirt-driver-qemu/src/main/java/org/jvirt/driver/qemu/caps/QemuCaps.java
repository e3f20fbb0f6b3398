package org.jvirt.driver.qemu.caps;

import java.util.Map;

/**
 * What the command builder needs to know about one QEMU binary, as probed over QMP (query-machines etc.) and
 * cached per binary. Immutable.
 *
 * @param binary the emulator path
 * @param version "major.minor.micro"
 * @param arch the guest architecture ("x86_64")
 * @param machineAliases alias to canonical machine type, e.g. "pc" to "pc-i440fx-7.2" (query-machines "alias")
 * @param defaultMachine the canonical default machine type
 * @param kvm true only when KVM really works on this host (a VM could be created), not when /dev/kvm exists
 */
public record QemuCaps(String binary, String version, String arch, Map<String, String> machineAliases,
                       String defaultMachine, boolean kvm) {

    public QemuCaps {
        machineAliases = Map.copyOf(machineAliases);
    }

    /** The canonical machine type for what the XML says (an alias, a full name, or null for the default). */
    public String canonicalMachine(String machine) {
        if (machine == null) {
            return defaultMachine;
        }
        return machineAliases.getOrDefault(machine, machine);
    }
}
