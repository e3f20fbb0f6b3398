package org.jvirt.driver.qemu.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeSet;
import org.jvirt.NodeInfo;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The host facts libvirt's virhostcpu.c and virhostmem.c read for nodeinfo, freecell, nodecpustats and
 * nodememstats: /proc/cpuinfo, the CPU and NUMA topology under /sys/devices/system, /proc/stat and the
 * meminfo files (per NUMA node when the host has node directories, as libvirt does through libnuma).
 * The root is a parameter so that tests can feed a recorded tree.
 */
public final class NodeHost {

    /** USER_HZ ticks to nanoseconds. */
    private static final long TICK_NS = 10_000_000L;

    private final Path root;

    public NodeHost(Path root) {
        this.root = root;
    }

    public static NodeHost system() {
        return new NodeHost(Path.of("/"));
    }

    private Path p(String rel) {
        return root.resolve(rel);
    }

    // ---- CPUs -----------------------------------------------------------------------------------------------

    /** virNodeGetInfo: model from uname, memory of the NUMA nodes, online CPUs, MHz and topology. */
    public NodeInfo info(String machine) {
        BitSet online = HostCpus.list(p("sys/devices/system/cpu/online"));
        int cpus = online != null ? online.cardinality() : Runtime.getRuntime().availableProcessors();
        List<Integer> nodes = nodes();
        int sockets = 0;
        int cores = 0;
        int threads = 0;
        for (int node : nodes.isEmpty() ? List.of(-1) : nodes) {
            BitSet nodeCpus = node < 0 ? online : HostCpus.list(p("sys/devices/system/node/node" + node + "/cpulist"));
            if (nodeCpus == null) {
                continue;
            }
            Set<Integer> socketIds = new TreeSet<>();
            java.util.Map<String, Integer> threadsPerCore = new java.util.HashMap<>();
            java.util.Map<Integer, Set<Integer>> coresPerSocket = new java.util.HashMap<>();
            for (int cpu = nodeCpus.nextSetBit(0); cpu >= 0; cpu = nodeCpus.nextSetBit(cpu + 1)) {
                if (online != null && !online.get(cpu)) {
                    continue;
                }
                int socket = readInt("sys/devices/system/cpu/cpu" + cpu + "/topology/physical_package_id", 0);
                int core = readInt("sys/devices/system/cpu/cpu" + cpu + "/topology/core_id", cpu);
                socketIds.add(socket);
                coresPerSocket.computeIfAbsent(socket, k -> new TreeSet<>()).add(core);
                threadsPerCore.merge(socket + "/" + core, 1, Integer::sum);
            }
            sockets = Math.max(sockets, socketIds.size());
            for (Set<Integer> c : coresPerSocket.values()) {
                cores = Math.max(cores, c.size());
            }
            for (int t : threadsPerCore.values()) {
                threads = Math.max(threads, t);
            }
        }
        int nnodes = Math.max(nodes.size(), 1);
        if (nnodes * sockets * cores * threads != cpus) {
            // libvirt's fallback when the topology does not multiply out: one flat socket
            nnodes = 1;
            sockets = 1;
            cores = cpus;
            threads = 1;
        }
        return new NodeInfo(machine, memoryTotalKiB(), cpus, mhz(), nnodes, sockets, cores, threads);
    }

    /** "cpu MHz : 2599.998" of the first processor, as an integer. */
    int mhz() {
        try {
            for (String line : Files.readAllLines(p("proc/cpuinfo"))) {
                if (line.startsWith("cpu MHz")) {
                    String v = line.substring(line.indexOf(':') + 1).strip();
                    int dot = v.indexOf('.');
                    return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return 0;
    }

    /** virHostCPUGetStats: one CPU's line of /proc/stat ("cpu" for all), in nanoseconds. */
    public SequencedMap<String, Long> cpuStats(int cpuNum) {
        String want = cpuNum < 0 ? "cpu" : "cpu" + cpuNum;
        try {
            for (String line : Files.readAllLines(p("proc/stat"))) {
                String[] f = line.strip().split("\\s+");
                if (f[0].equals(want) && f.length >= 8) {
                    long user = Long.parseLong(f[1]);
                    long nice = Long.parseLong(f[2]);
                    long system = Long.parseLong(f[3]);
                    long idle = Long.parseLong(f[4]);
                    long iowait = Long.parseLong(f[5]);
                    long irq = Long.parseLong(f[6]);
                    long softirq = Long.parseLong(f[7]);
                    SequencedMap<String, Long> out = new LinkedHashMap<>();
                    out.put("kernel", (system + irq + softirq) * TICK_NS);
                    out.put("user", (user + nice) * TICK_NS);
                    out.put("idle", idle * TICK_NS);
                    out.put("iowait", iowait * TICK_NS);
                    return out;
                }
            }
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "cannot open /proc/stat: %s", e.getMessage());
        }
        // virReportInvalidArg: the message is raw, without the "invalid argument" prefix
        throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.NONE, "Invalid cpuNum in virHostCPUGetStatsLinux",
                "virHostCPUGetStatsLinux", "cpuNum");
    }

    // ---- memory ---------------------------------------------------------------------------------------------

    /** The NUMA node numbers present (empty on hosts without /sys/devices/system/node). */
    public List<Integer> nodes() {
        BitSet b = HostCpus.list(p("sys/devices/system/node/online"));
        if (b == null) {
            return List.of();
        }
        return b.stream().boxed().toList();
    }

    /** Total memory in KiB: the sum over NUMA nodes, else MemTotal of /proc/meminfo. */
    public long memoryTotalKiB() {
        List<Integer> nodes = nodes();
        if (nodes.isEmpty()) {
            return meminfo("proc/meminfo", "").getOrDefault("MemTotal", 0L);
        }
        long sum = 0;
        for (int n : nodes) {
            sum += nodeMeminfo(n).getOrDefault("MemTotal", 0L);
        }
        return sum;
    }

    /** Free KiB of one NUMA node (or of the host when it has no nodes and {@code cell} is 0). */
    public long cellFreeKiB(int cell) {
        return nodes().isEmpty() ? meminfo("proc/meminfo", "").getOrDefault("MemFree", 0L)
                : nodeMeminfo(cell).getOrDefault("MemFree", 0L);
    }

    /** The highest NUMA cell number (0 on hosts without nodes). */
    public int maxCell() {
        List<Integer> n = nodes();
        return n.isEmpty() ? 0 : n.getLast();
    }

    /** virHostMemGetStats: total/free/buffers/cached of the host (cell -1) or total/free of one node, in KiB. */
    public SequencedMap<String, Long> memoryStats(int cell) {
        java.util.Map<String, Long> m = cell < 0 || nodes().isEmpty() ? meminfo("proc/meminfo", "") : nodeMeminfo(cell);
        SequencedMap<String, Long> out = new LinkedHashMap<>();
        out.put("total", m.getOrDefault("MemTotal", 0L));
        out.put("free", m.getOrDefault("MemFree", 0L));
        if (cell < 0) {
            out.put("buffers", m.getOrDefault("Buffers", 0L));
            out.put("cached", m.getOrDefault("Cached", 0L));
        }
        return out;
    }

    private java.util.Map<String, Long> nodeMeminfo(int node) {
        return meminfo("sys/devices/system/node/node" + node + "/meminfo", "Node " + node + " ");
    }

    /** "KEY:   123 kB" lines (after {@code prefix}) as KEY -> 123. */
    private java.util.Map<String, Long> meminfo(String rel, String prefix) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        try {
            for (String line : Files.readAllLines(p(rel))) {
                if (!line.startsWith(prefix)) {
                    continue;
                }
                String s = line.substring(prefix.length());
                int colon = s.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String[] v = s.substring(colon + 1).strip().split("\\s+");
                try {
                    out.put(s.substring(0, colon).strip(), Long.parseLong(v[0]));
                } catch (NumberFormatException e) {
                    // not a number line
                }
            }
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "cannot open %s: %s", "/" + rel, e.getMessage());
        }
        return out;
    }

    private int readInt(String rel, int dflt) {
        try {
            return Integer.parseInt(Files.readString(p(rel)).strip());
        } catch (IOException | RuntimeException e) {
            return dflt;
        }
    }
}
