package org.jvirt.core.cpu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jvirt.conf.caps.CapsDef;
import org.jvirt.conf.caps.HostCpuDef;
import org.jvirt.conf.domain.CpuDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The x86 baseline (libvirt's virCPUx86Baseline): the CPUID bits every host CPU has (its model's features plus its
 * listed ones), named again as the best-fitting model. The vendor is printed only when every input names one, and
 * the model is marked fallback='forbid' when all inputs name the same model and it came out again.
 */
final class X86Baseline {

    private X86Baseline() {
    }

    static CpuDef baseline(List<HostCpuDef> cpus) {
        X86Map map = X86Map.get();
        CapsDef.HostCpu first = cpus.getFirst().cpu();
        BitSet common = data(first, map).bits();
        X86Map.Vendor vendor = null;
        boolean outputVendor = first.vendor() != null;
        if (outputVendor) {
            vendor = knownVendor(first.vendor(), map);
        }
        List<String> names = new ArrayList<>(List.of(first.model()));
        for (HostCpuDef def : cpus.subList(1, cpus.size())) {
            CapsDef.HostCpu cpu = def.cpu();
            if (!names.contains(cpu.model())) {
                names.add(cpu.model());
            }
            ModelData m = data(cpu, map);
            X86Map.Vendor modelVendor = m.model().vendor();
            if (cpu.vendor() != null && modelVendor != null && !cpu.vendor().equals(modelVendor.name())) {
                throw failed(String.format("CPU vendor %s of model %s differs from vendor %s", modelVendor.name(),
                        m.model().name(), cpu.vendor()));
            }
            String vn = cpu.vendor();
            if (vn == null) {
                outputVendor = false;
                vn = modelVendor == null ? null : modelVendor.name();
            }
            if (vn != null) {
                if (vendor == null) {
                    vendor = knownVendor(vn, map);
                } else if (!vendor.name().equals(vn)) {
                    throw failed("CPU vendors do not match");
                }
            }
            common.and(m.bits());
        }
        if (common.isEmpty()) {
            throw failed("CPUs are incompatible");
        }
        if (vendor != null) {
            common.or(vendor.bits());
        }
        X86Decoder.Decoded d = X86Decoder.decode(common, names);
        String fallback = names.size() == 1 && d.model().equals(names.getFirst()) ? "forbid" : "allow";
        return new CpuDef("custom", "exact", null, null, d.model(), fallback, null, outputVendor ? d.vendor() : null,
                null, d.features());
    }

    private record ModelData(X86Map.Model model, BitSet bits) {
    }

    /** A host CPU's bits: its model's features plus every feature it lists (host features have no policy). */
    private static ModelData data(CapsDef.HostCpu cpu, X86Map map) {
        X86Map.Model model = map.model(cpu.model());
        if (model == null) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.CPU, "Unknown CPU model " + cpu.model());
        }
        BitSet bits = (BitSet) model.data().clone();
        for (String name : cpu.features()) {
            X86Map.Feature f = map.feature(name);
            if (f == null) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.CPU, "Unknown CPU feature " + name);
            }
            bits.or(f.bits());
        }
        return new ModelData(model, bits);
    }

    private static X86Map.Vendor knownVendor(String name, X86Map map) {
        X86Map.Vendor v = map.vendor(name);
        if (v == null) {
            throw failed("Unknown CPU vendor " + name);
        }
        return v;
    }

    private static VirtException failed(String message) {
        return VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.CPU, message);
    }
}
