package org.jvirt.core.cpu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jvirt.conf.domain.CpuDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * Names CPUID data as a guest CPU: the map model that describes it best plus the features to require or disable on
 * top (libvirt's x86Decode for a guest definition without hypervisor model limits). Models are tried newest first;
 * a single preferred model wins outright, otherwise the shortest feature list wins, disabled features counting
 * extra.
 *
 * <p>Data built from model and feature names never carries a CPUID leaf 1 signature, so the family/model
 * matching and the broken-TSX filter libvirt applies to real host data have nothing to act on here.
 */
final class X86Decoder {

    /** The chosen model, the vendor found in the data (or null) and the feature policies, in map order. */
    record Decoded(String model, String vendor, List<CpuDef.Feature> features) {
    }

    static final String REQUIRE = "require";
    static final String DISABLE = "disable";

    /** Disabled features weigh more the more there are: the first costs 2, the next 3, and so on. */
    private static final int BASE_PENALTY = 2;

    private X86Decoder() {
    }

    /** @param preferred the input models' names; one name is taken whenever the data allows it */
    static Decoded decode(BitSet cpuData, List<String> preferred) {
        X86Map map = X86Map.get();
        BitSet data = (BitSet) cpuData.clone();
        X86Map.Vendor vendor = takeVendor(data, map);
        List<X86Map.Model> models = map.models();
        X86Map.Model best = null;
        List<CpuDef.Feature> bestFeatures = null;
        for (int i = models.size() - 1; i >= 0; i--) {
            X86Map.Model candidate = models.get(i);
            if (vendor != null && candidate.vendor() != null && candidate.vendor() != vendor) {
                continue;
            }
            List<CpuDef.Feature> features = featuresAgainst(data, candidate, map);
            int verdict = better(bestFeatures, candidate, features, preferred);
            if (verdict > 0) {
                best = candidate;
                bestFeatures = features;
                if (verdict == 2) {
                    break;
                }
            }
        }
        if (best == null) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.CPU,
                    "Cannot find suitable CPU model for given data");
        }
        return new Decoded(best.name(), vendor == null ? null : vendor.name(), bestFeatures);
    }

    /** The first vendor whose string is in the data, its bits removed from the data. */
    private static X86Map.Vendor takeVendor(BitSet data, X86Map map) {
        for (X86Map.Vendor v : map.vendors()) {
            if (X86Bits.contains(data, v.bits())) {
                data.andNot(v.bits());
                return v;
            }
        }
        return null;
    }

    /** What the data has beyond the model (required) and lacks of it (disabled), then the model's removed ones. */
    private static List<CpuDef.Feature> featuresAgainst(BitSet data, X86Map.Model model, X86Map map) {
        BitSet extra = (BitSet) data.clone();
        extra.andNot(model.data());
        BitSet missing = (BitSet) model.data().clone();
        missing.andNot(data);
        List<CpuDef.Feature> out = new ArrayList<>();
        X86Bits.takeFeatures(extra, map, REQUIRE, out);
        X86Bits.takeFeatures(missing, map, DISABLE, out);
        X86Bits.disableRemoved(model, out);
        return out;
    }

    /** 0: keep the current model; 1: the candidate is better; 2: the candidate is the one (stop looking). */
    private static int better(List<CpuDef.Feature> current, X86Map.Model candidate, List<CpuDef.Feature> features,
            List<String> preferred) {
        if (!candidate.decodeGuest()) {
            return 0;
        }
        boolean isPreferred = preferred.contains(candidate.name());
        if (isPreferred && preferred.size() == 1) {
            return 2;
        }
        if (current == null) {
            return 1;
        }
        Weight now = Weight.of(current);
        Weight cand = Weight.of(features);
        if (cand.total < now.total || (cand.total == now.total && cand.disabled < now.disabled)) {
            return 1;
        }
        return isPreferred && cand.disabled < now.disabled ? 1 : 0;
    }

    /** A feature list's cost: enabled features count 1, disabled ones a growing penalty. */
    private record Weight(int total, int disabled) {

        static Weight of(List<CpuDef.Feature> features) {
            int enabled = features.size();
            int disabled = 0;
            int penalty = BASE_PENALTY;
            // libvirt's loop bound shrinks with each disabled feature it finds, so disabled features at the end
            // of a long list may go uncounted; the bound is kept as it is because it decides which model wins
            for (int i = 0; i < enabled; i++) {
                if (features.get(i).policy().equals(DISABLE)) {
                    enabled--;
                    disabled += penalty++;
                }
            }
            return new Weight(enabled + disabled, disabled);
        }
    }
}
