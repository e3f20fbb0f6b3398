package org.jvirt.core.cpu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.caps.HostCpuDef;
import org.jvirt.conf.domain.CpuDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The ppc64 baseline (libvirt's virCPUppc64Baseline): POWER CPUs are compatible only when they name the same model,
 * so the baseline is that model; vendors are checked against the model's.
 */
final class Ppc64Baseline {

    /** Model name to vendor name, from the map. */
    private static final Map<String, String> MODELS = new HashMap<>();
    private static final List<String> VENDORS;

    static {
        List<String> vendors = new java.util.ArrayList<>();
        for (String[] r : CpuMapFile.records("ppc64")) {
            if (r[0].equals("vendor")) {
                vendors.add(r[1]);
            } else {
                MODELS.put(r[1], CpuMapFile.value(r, "vendor"));
            }
        }
        VENDORS = List.copyOf(vendors);
    }

    private Ppc64Baseline() {
    }

    static CpuDef baseline(List<HostCpuDef> cpus) {
        String model = cpus.getFirst().cpu().model();
        if (!MODELS.containsKey(model)) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.CPU, "Unknown CPU model " + model);
        }
        String modelVendor = MODELS.get(model);
        String vendor = null;
        for (HostCpuDef def : cpus) {
            // hosts name POWER models exactly; anything else cannot be matched up
            if (!def.cpu().model().equals(model)) {
                throw failed("CPUs are incompatible");
            }
            String v = def.cpu().vendor();
            if (v == null) {
                continue;
            }
            if (!VENDORS.contains(v)) {
                throw failed("Unknown CPU vendor " + v);
            }
            if (modelVendor != null) {
                if (!modelVendor.equals(v)) {
                    throw failed(String.format("CPU vendor %s of model %s differs from vendor %s", modelVendor,
                            model, v));
                }
            } else if (vendor != null && !vendor.equals(v)) {
                throw failed("CPU vendors do not match");
            } else {
                vendor = v;
            }
        }
        return new CpuDef("custom", "exact", null, null, model, "forbid", null, vendor, null, List.of());
    }

    /** The model names in map order. */
    static List<String> modelNames() {
        return CpuMapFile.records("ppc64").stream().filter(r -> r[0].equals("model")).map(r -> r[1]).toList();
    }

    private static VirtException failed(String message) {
        return VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.CPU, message);
    }
}
