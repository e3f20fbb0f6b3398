package org.jvirt.core.cpu;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.caps.HostCpuDef;
import org.jvirt.conf.caps.HostCpuXml;
import org.jvirt.conf.domain.CpuDef;
import org.jvirt.conf.domain.CpuDefXml;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * virConnectBaselineCPU without a hypervisor (what libvirt's test driver does): parse each document as a host CPU,
 * hand them to the CPU driver of the first one's architecture, optionally expand the model into its features,
 * and print the guest CPU.
 */
public final class CpuBaseline {

    private CpuBaseline() {
    }

    public static String baseline(List<String> xmlCPUs, boolean expandFeatures) {
        if (xmlCPUs.isEmpty()) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.CPU, "no CPUs given");
        }
        List<HostCpuDef> cpus = new ArrayList<>();
        for (String xml : xmlCPUs) {
            cpus.add(HostCpuXml.parse(xml));
        }
        String arch = cpus.getFirst().arch();
        CpuDrivers.Driver driver = CpuDrivers.of(arch);
        CpuDef cpu = switch (driver) {
            case X86 -> X86Baseline.baseline(cpus);
            case PPC64 -> Ppc64Baseline.baseline(cpus);
            // the ARM driver takes the first CPU's model as it is
            case ARM -> new CpuDef("custom", "exact", null, null, cpus.getFirst().cpu().model(), "allow", null, null,
                    null, List.of());
            case S390 -> throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.CPU,
                    "cannot compute baseline CPU of " + arch + " architecture");
        };
        // only the x86 driver can expand a model; the others have no features to list
        if (expandFeatures && driver == CpuDrivers.Driver.X86) {
            cpu = X86Expand.expand(cpu);
        }
        return CpuDefXml.format(cpu);
    }
}
