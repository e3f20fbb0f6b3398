package org.jvirt.conf.domain;

/**
 * {@code <vcpu placement= cpuset= current=>N</vcpu>}.
 *
 * @param max the vcpu count (maximum)
 * @param current online vcpus, or 0 when equal to max (libvirt omits it then)
 * @param placement "static" or "auto"
 * @param cpuset the cpuset as written by libvirt (normalised ranges), or null
 */
public record VcpuDef(int max, int current, String placement, String cpuset) {

    public static final VcpuDef DEFAULT = new VcpuDef(1, 0, "static", null);

    /** Online vcpus: current when set, else max. */
    public int online() {
        return current > 0 ? current : max;
    }

    public VcpuDef withMax(int n) {
        return new VcpuDef(n, current > n ? n : current, placement, cpuset);
    }

    public VcpuDef withCurrent(int n) {
        return new VcpuDef(max, n == max ? 0 : n, placement, cpuset);
    }
}
