package org.jvirt.core.cpu;

import java.util.BitSet;
import java.util.List;
import org.jvirt.conf.domain.CpuDef;

/** Bit set and feature list steps the x86 decoder and feature expansion share. */
final class X86Bits {

    private X86Bits() {
    }

    /** True when every bit of {@code part} is set in {@code data}. */
    static boolean contains(BitSet data, BitSet part) {
        BitSet rest = (BitSet) part.clone();
        rest.andNot(data);
        return rest.isEmpty();
    }

    /** Appends, in map order, each feature the data holds with the given policy, removing its bits as it goes. */
    static void takeFeatures(BitSet data, X86Map map, String policy, List<CpuDef.Feature> out) {
        for (X86Map.Feature f : map.features()) {
            if (contains(data, f.bits())) {
                data.andNot(f.bits());
                out.add(new CpuDef.Feature(policy, f.name()));
            }
        }
    }

    /** Lists the model's removed features as disabled unless the list already names them. */
    static void disableRemoved(X86Map.Model model, List<CpuDef.Feature> out) {
        for (String name : model.removed()) {
            if (out.stream().noneMatch(f -> f.name().equals(name))) {
                out.add(new CpuDef.Feature(X86Decoder.DISABLE, name));
            }
        }
    }
}
