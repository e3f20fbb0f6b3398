package org.jvirt.core.cpu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.jvirt.conf.domain.CpuDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES for an x86 guest CPU (libvirt's virCPUx86ExpandFeatures followed by the
 * generic sort): every feature of the model as required, the CPU's own required/disabled policies on top, the
 * model's removed features disabled, all sorted by name.
 */
final class X86Expand {

    private X86Expand() {
    }

    static CpuDef expand(CpuDef cpu) {
        X86Map map = X86Map.get();
        X86Map.Model model = map.model(cpu.model());
        if (model == null) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.CPU, "unknown CPU model " + cpu.model());
        }
        List<CpuDef.Feature> features = new ArrayList<>();
        X86Bits.takeFeatures((BitSet) model.data().clone(), map, X86Decoder.REQUIRE, features);
        for (CpuDef.Feature f : cpu.features()) {
            if (f.policy().equals(X86Decoder.REQUIRE) || f.policy().equals(X86Decoder.DISABLE)) {
                features.removeIf(e -> e.name().equals(f.name()));
                features.add(f);
            }
        }
        X86Bits.disableRemoved(model, features);
        features.sort(Comparator.comparing(CpuDef.Feature::name));
        return new CpuDef(cpu.mode(), cpu.match(), cpu.check(), cpu.migratable(), cpu.model(), cpu.fallback(),
                cpu.vendorId(), cpu.vendor(), cpu.topology(), features);
    }
}
