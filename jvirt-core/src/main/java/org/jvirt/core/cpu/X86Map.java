package org.jvirt.core.cpu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * libvirt's x86 CPU map as bit sets: every CPUID output register (leaf, subleaf, register) and MSR half gets 32
 * bits of one index space, so a feature, a vendor string or a whole model is a BitSet and libvirt's per-register
 * and/or/and-not operations become BitSet ones. Lists keep map order, which decides feature order in results and
 * the newest-first walk of models.
 */
final class X86Map {

    /** A vendor: the CPUID leaf 0 bits its 12-character string sets. */
    record Vendor(String name, BitSet bits) {
    }

    record Feature(String name, BitSet bits, boolean migratable) {
    }

    /**
     * @param vendor null for vendor-neutral models
     * @param removed features the model no longer has but guest CPUs keep listing as disabled
     */
    record Model(String name, Vendor vendor, boolean decodeHost, boolean decodeGuest, BitSet data,
            List<String> removed) {
    }

    private static final X86Map MAP = new X86Map();

    private final Map<String, Integer> registers = new HashMap<>();
    private final Map<String, Vendor> vendors = new LinkedHashMap<>();
    private final Map<String, Feature> features = new LinkedHashMap<>();
    private final Map<String, Model> models = new LinkedHashMap<>();
    private final List<Vendor> vendorList;
    private final List<Feature> featureList;
    private final List<Model> modelList;

    private X86Map() {
        for (String[] r : CpuMapFile.records("x86")) {
            switch (r[0]) {
                case "vendor" -> vendors.put(r[1], new Vendor(r[1], vendorBits(r[2])));
                case "feature" -> features.put(r[1], new Feature(r[1], bits(r[2].split(",")),
                        !(r.length > 3 && r[3].equals("nomigrate"))));
                case "model" -> models.put(r[1], model(r));
                default -> throw new IllegalStateException("cpu-map.txt: unknown x86 record " + r[0]);
            }
        }
        vendorList = List.copyOf(vendors.values());
        featureList = List.copyOf(features.values());
        modelList = List.copyOf(models.values());
    }

    static X86Map get() {
        return MAP;
    }

    Vendor vendor(String name) {
        return vendors.get(name);
    }

    List<Vendor> vendors() {
        return vendorList;
    }

    Feature feature(String name) {
        return features.get(name);
    }

    List<Feature> features() {
        return featureList;
    }

    Model model(String name) {
        return models.get(name);
    }

    List<Model> models() {
        return modelList;
    }

    private Model model(String[] r) {
        String decode = CpuMapFile.value(r, "decode");
        BitSet data = new BitSet();
        for (String f : CpuMapFile.list(r, "features")) {
            data.or(features.get(f).bits());
        }
        String vendor = CpuMapFile.value(r, "vendor");
        return new Model(r[1], vendor == null ? null : vendors.get(vendor),
                decode != null && decode.contains("host"), decode != null && decode.contains("guest"), data,
                CpuMapFile.list(r, "removed"));
    }

    /** Bits written cpuid:LEAF:SUBLEAF:REG:N or msr:INDEX:REG:N. */
    private BitSet bits(String[] specs) {
        BitSet b = new BitSet();
        for (String s : specs) {
            int cut = s.lastIndexOf(':');
            b.set(slot(s.substring(0, cut)) * 32 + Integer.parseInt(s.substring(cut + 1)));
        }
        return b;
    }

    /** CPUID leaf 0 returns the vendor string in ebx, edx, ecx, four little-endian bytes each. */
    private BitSet vendorBits(String string) {
        byte[] b = string.getBytes(StandardCharsets.US_ASCII);
        String[] regs = {"ebx", "edx", "ecx"};
        List<String> specs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 32; i++) {
                if ((b[r * 4 + i / 8] >> (i % 8) & 1) != 0) {
                    specs.add("cpuid:0x0:0x0:" + regs[r] + ":" + i);
                }
            }
        }
        return bits(specs.toArray(String[]::new));
    }

    private int slot(String register) {
        return registers.computeIfAbsent(register, k -> registers.size());
    }
}
