package org.jvirt.conf.domain;

import java.util.List;

/**
 * {@code <cpu>}: mode, model, vendor, topology and feature policies.
 *
 * @param mode "custom", "host-model", "host-passthrough", "maximum" or null (custom written without mode)
 * @param numa the guest NUMA topology ({@code <numa>} with its cells, sizes in KiB, distances made
 *        symmetric), or null
 */
public record CpuDef(String mode, String match, String check, String migratable, String model, String fallback,
        String vendorId, String vendor, Topology topology, List<Feature> features, XmlNode numa) {

    public CpuDef {
        features = List.copyOf(features);
    }

    /** A CPU without guest NUMA cells (the original component list). */
    public CpuDef(String mode, String match, String check, String migratable, String model, String fallback,
            String vendorId, String vendor, Topology topology, List<Feature> features) {
        this(mode, match, check, migratable, model, fallback, vendorId, vendor, topology, features, null);
    }

    /** The sum of the NUMA cells' memory in KiB, 0 without NUMA cells. */
    public long numaMemoryKiB() {
        long sum = 0;
        if (numa != null) {
            for (XmlNode c : numa.children()) {
                sum += Long.parseLong(c.attr("memory"));
            }
        }
        return sum;
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
