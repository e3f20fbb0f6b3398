package org.jvirt.core.cpu;

import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** libvirt's CPU drivers and the architectures each serves (cpuGetSubDriver), with their model lists. */
public final class CpuDrivers {

    enum Driver { X86, PPC64, ARM, S390 }

    private CpuDrivers() {
    }

    /** The driver for a (known) architecture; NO_SUPPORT when no CPU driver handles it. */
    static Driver of(String arch) {
        return switch (arch) {
            case "i686", "x86_64" -> Driver.X86;
            case "ppc64", "ppc64le" -> Driver.PPC64;
            case "armv6l", "armv7l", "armv7b", "aarch64" -> Driver.ARM;
            case "s390", "s390x" -> Driver.S390;
            default -> throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.CPU,
                    "'" + arch + "' architecture is not supported by CPU driver");
        };
    }

    /** virCPUGetModels: the map's model names; the ARM and s390 drivers accept any model and list none. */
    public static List<String> modelNames(String arch) {
        return switch (of(arch)) {
            case X86 -> X86Map.get().models().stream().map(X86Map.Model::name).toList();
            case PPC64 -> Ppc64Baseline.modelNames();
            case ARM, S390 -> List.of();
        };
    }
}
