package org.jvirt.driver.qemu;

import java.nio.file.Path;
import java.util.List;
import org.jvirt.driver.qemu.caps.QemuBinaryCaps;
import org.jvirt.driver.qemu.caps.QemuMachine;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * virConnectGetDomainCapabilities for qemu:/// (qemuConnectGetDomainCapabilities): the probed binary, its
 * machine's vCPU limit and CPU models, and the device choices this driver's argv builder really supports, in
 * the element order of libvirt's domaincaps.rng. No firmware and no host-model CPU: the probe knows neither.
 */
final class QemuDomainCaps {

    private QemuDomainCaps() {
    }

    static String format(QemuDriver d, String emulatorbin, String arch, String machine, String virttype) {
        String a = arch != null ? arch : QemuDomainDefs.hostArch();
        Path bin = emulatorbin != null ? Path.of(emulatorbin) : QemuDomainDefs.emulatorFor(a);
        if (bin == null) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "unable to find any emulator to serve '%s' architecture", a);
        }
        QemuBinaryCaps caps = d.caps.lookup(bin);
        if (arch != null && !arch.equals(caps.arch())) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                    "emulator '%s' does not support arch '%s'", bin, arch);
        }
        String type = virttype != null ? virttype : (caps.kvm() ? "kvm" : "qemu");
        if (!type.equals("qemu") && !type.equals("kvm")) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "unknown virttype: %s", type);
        }
        if (type.equals("kvm") && !caps.kvm()) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                    "KVM is not supported by '%s' on this host", bin);
        }
        String canonical = caps.toCaps().canonicalMachine(machine);
        QemuMachine m = caps.machines().stream().filter(x -> x.name().equals(canonical)).findFirst()
                .orElseThrow(() -> VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                        "the machine '%s' is not supported by emulator '%s'", machine, bin));
        StringBuilder x = new StringBuilder();
        x.append("<domainCapabilities>\n");
        x.append("  <path>").append(bin).append("</path>\n");
        x.append("  <domain>").append(type).append("</domain>\n");
        x.append("  <machine>").append(m.name()).append("</machine>\n");
        x.append("  <arch>").append(caps.arch()).append("</arch>\n");
        x.append("  <vcpu max='").append(m.maxCpus()).append("'/>\n");
        x.append("  <iothreads supported='no'/>\n");
        x.append("  <os supported='yes'>\n");
        enumOf(x, "    ", "firmware", List.of());
        x.append("    <loader supported='no'/>\n");
        x.append("  </os>\n");
        x.append("  <cpu>\n");
        x.append("    <mode name='host-passthrough' supported='no'/>\n");
        x.append("    <mode name='maximum' supported='no'/>\n");
        x.append("    <mode name='host-model' supported='no'/>\n");
        if (caps.cpuModels().isEmpty()) {
            x.append("    <mode name='custom' supported='no'/>\n");
        } else {
            x.append("    <mode name='custom' supported='yes'>\n");
            for (String model : caps.cpuModels()) {
                x.append("      <model usable='unknown' vendor='unknown'>").append(model).append("</model>\n");
            }
            x.append("    </mode>\n");
        }
        x.append("  </cpu>\n");
        x.append("  <devices>\n");
        x.append("    <disk supported='yes'>\n");
        enumOf(x, "      ", "diskDevice", List.of("disk", "cdrom", "floppy"));
        enumOf(x, "      ", "bus", List.of("ide", "fdc", "virtio", "sata"));
        x.append("    </disk>\n");
        x.append("    <graphics supported='yes'>\n");
        enumOf(x, "      ", "type", List.of("vnc"));
        x.append("    </graphics>\n");
        x.append("    <video supported='yes'>\n");
        enumOf(x, "      ", "modelType", List.of("cirrus", "none"));
        x.append("    </video>\n");
        x.append("    <hostdev supported='no'/>\n");
        x.append("  </devices>\n");
        x.append("</domainCapabilities>\n");
        return x.toString();
    }

    /** {@code <enum name='N'>} with its values; an empty one on two lines, as libvirt prints it. */
    private static void enumOf(StringBuilder x, String indent, String name, List<String> values) {
        x.append(indent).append("<enum name='").append(name).append("'>\n");
        for (String v : values) {
            x.append(indent).append("  <value>").append(v).append("</value>\n");
        }
        x.append(indent).append("</enum>\n");
    }
}
