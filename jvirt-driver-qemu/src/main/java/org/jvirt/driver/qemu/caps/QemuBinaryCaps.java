package org.jvirt.driver.qemu.caps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything probed from one QEMU binary, as cached on disk (JSON). {@code mtime} and {@code size} identify the
 * binary the probe ran against; {@code hostKvm} is the host KVM answer at probe time, so a host that gained or
 * lost KVM re-probes.
 *
 * @param arch the guest architecture in libvirt's naming ("x86_64", "i686")
 * @param kvm true when QEMU itself ran with accel=kvm during the probe (query-kvm enabled)
 */
public record QemuBinaryCaps(int format, String binary, long mtime, long size, boolean hostKvm, String version,
                             String arch, List<QemuMachine> machines, List<String> cpuModels, boolean kvm) {

    /** Bumped whenever the probe or this record changes meaning, to drop older cache files. */
    public static final int FORMAT = 1;

    public QemuBinaryCaps {
        machines = List.copyOf(machines);
        cpuModels = List.copyOf(cpuModels);
    }

    /** The canonical default machine type, or null when QEMU names none. */
    public String defaultMachine() {
        return machines.stream().filter(QemuMachine::isDefault).map(QemuMachine::name).findFirst().orElse(null);
    }

    /** The short name of the default machine ("pc"), else its canonical name. */
    public String defaultMachineAlias() {
        return machines.stream().filter(QemuMachine::isDefault)
                .map(m -> m.alias() != null ? m.alias() : m.name()).findFirst().orElse(null);
    }

    /** Whether {@code machine} (canonical or alias) exists. */
    public boolean hasMachine(String machine) {
        return machines.stream().anyMatch(m -> m.name().equals(machine) || machine.equals(m.alias()));
    }

    /** The view the command builder needs. */
    public QemuCaps toCaps() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (QemuMachine m : machines) {
            if (m.alias() != null) {
                aliases.put(m.alias(), m.name());
            }
        }
        return new QemuCaps(binary, version, arch, aliases, defaultMachine(), kvm);
    }
}
