package org.jvirt.conf.domain;

import java.util.List;

/**
 * {@code <cpu>}: mode, model, vendor, topology and feature policies.
 *
 * @param mode "custom", "host-model", "host-passthrough", "maximum" or null (custom written without mode)
 */
public record CpuDef(String mode, String match, String check, String migratable, String model, String fallback,
        String vendorId, String vendor, Topology topology, List<Feature> features) {

    public CpuDef {
        features = List.copyOf(features);
    }

    /** {@code <topology sockets= dies= cores= threads=/>}. */
    public record Topology(int sockets, int dies, int cores, int threads) {
        public int vcpus() {
            return sockets * dies * cores * threads;
        }
    }

    /** {@code <feature policy= name=/>}. */
    public record Feature(String policy, String name) {
    }
}
