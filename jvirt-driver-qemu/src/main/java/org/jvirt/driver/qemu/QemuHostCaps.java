package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jvirt.conf.caps.CapsDef;
import org.jvirt.conf.caps.CapsXml;
import org.jvirt.driver.qemu.caps.QemuBinaryCaps;
import org.jvirt.driver.qemu.caps.QemuCapsCache;
import org.jvirt.driver.qemu.caps.QemuMachine;

/**
 * virConnectGetCapabilities for QEMU (libvirt's virQEMUCapsInit): the host (arch, CPU topology, page sizes,
 * NUMA cell with its CPUs, from /proc and /sys) and one {@code <guest>} per installed qemu-system-ARCH with its
 * probed machine types. {@code <domain type='kvm'>} is listed only when the KVM probe proved KVM usable, unlike
 * libvirt, which lists it whenever /dev/kvm can be opened. No host CPU model: that needs libvirt's CPU map.
 */
final class QemuHostCaps {

    private QemuHostCaps() {
    }

    static String format(QemuDriver d) {
        return CapsXml.format(build(d));
    }

    static CapsDef build(QemuDriver d) {
        String arch = QemuDomainDefs.hostArch();
        List<CapsDef.CellCpu> cpus = hostCpus();
        CapsDef.HostCpu cpu = new CapsDef.HostCpu(null, null, null, null, null,
                new CapsDef.Topology(1, 1, cpus.size(), 1), null, List.of());
        List<Integer> pages = pageSizes();
        List<CapsDef.PageCount> counts = new ArrayList<>();
        long memKiB = memTotalKiB();
        for (int size : pages) {
            counts.add(new CapsDef.PageCount(size, size == 4 ? memKiB / 4 : hugepages(size)));
        }
        CapsDef.Cell cell = new CapsDef.Cell(0, memKiB, counts, List.of(new CapsDef.Distance(0, 10)), cpus);
        CapsDef.Host host = new CapsDef.Host(hostUuid(), arch, List.of(), cpu, pages, List.of(), iommu(),
                new CapsDef.Migration(true, List.of("tcp", "rdma")), null, List.of(cell), List.of(),
                List.of(new CapsDef.SecModel("none", "0", List.of())));
        List<CapsDef.Guest> guests = new ArrayList<>();
        for (Path bin : QemuCapsCache.installedBinaries(QemuDomainDefs.searchPath())) {
            QemuBinaryCaps c = d.caps.lookup(bin);
            guests.add(guest(c));
        }
        return new CapsDef(host, guests);
    }

    private static CapsDef.Guest guest(QemuBinaryCaps c) {
        List<CapsDef.Machine> machines = new ArrayList<>();
        // libvirt lists the default machine first, each alias right after its machine
        List<QemuMachine> ordered = new ArrayList<>(c.machines());
        ordered.sort((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()));
        for (QemuMachine m : ordered) {
            if (m.name().equals("none")) {
                continue;
            }
            machines.add(new CapsDef.Machine(m.name(), null, m.maxCpus(), m.deprecated()));
            if (m.alias() != null) {
                machines.add(new CapsDef.Machine(m.alias(), m.name(), m.maxCpus(), m.deprecated()));
            }
        }
        List<CapsDef.GuestDomain> domains = new ArrayList<>();
        domains.add(CapsDef.GuestDomain.of("qemu"));
        if (c.kvm()) {
            domains.add(CapsDef.GuestDomain.of("kvm"));
        }
        int wordsize = c.arch().endsWith("64") ? 64 : 32;
        CapsDef.GuestArch arch = new CapsDef.GuestArch(c.arch(), wordsize, c.binary(), null, machines, domains);
        List<CapsDef.Feature> features = new ArrayList<>();
        if (c.arch().equals("i686")) {
            features.add(CapsDef.Feature.of("pae"));
            features.add(CapsDef.Feature.of("nonpae"));
        }
        if (c.arch().equals("i686") || c.arch().equals("x86_64")) {
            features.add(new CapsDef.Feature("acpi", "on", "yes"));
            features.add(new CapsDef.Feature("apic", "on", "no"));
        }
        features.add(CapsDef.Feature.of("cpuselection"));
        features.add(CapsDef.Feature.of("deviceboot"));
        features.add(new CapsDef.Feature("disksnapshot", "on", "no"));
        return new CapsDef.Guest("hvm", arch, features);
    }

    private static List<CapsDef.CellCpu> hostCpus() {
        List<CapsDef.CellCpu> out = new ArrayList<>();
        int n = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < n; i++) {
            Path topo = Path.of("/sys/devices/system/cpu/cpu" + i + "/topology");
            int socket = readInt(topo.resolve("physical_package_id"), 0);
            int die = readInt(topo.resolve("die_id"), 0);
            int core = readInt(topo.resolve("core_id"), i);
            String siblings = readString(topo.resolve("thread_siblings_list"), Integer.toString(i));
            out.add(new CapsDef.CellCpu(i, socket, die, core, siblings));
        }
        return out;
    }

    private static List<Integer> pageSizes() {
        List<Integer> sizes = new ArrayList<>(List.of(4));
        try (Stream<Path> s = Files.list(Path.of("/sys/kernel/mm/hugepages"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("hugepages-") && n.endsWith("kB"))
                    .map(n -> Integer.parseInt(n.substring("hugepages-".length(), n.length() - 2)))
                    .sorted().forEach(sizes::add);
        } catch (IOException | RuntimeException e) {
            // no hugepage support: base pages only
        }
        return sizes;
    }

    private static long hugepages(int sizeKiB) {
        return readInt(Path.of("/sys/kernel/mm/hugepages/hugepages-" + sizeKiB + "kB/nr_hugepages"), 0);
    }

    private static long memTotalKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return 0;
    }

    private static boolean iommu() {
        try (Stream<Path> s = Files.list(Path.of("/sys/kernel/iommu_groups"))) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** SMBIOS product uuid when readable (root), else the machine id shaped as a UUID. */
    private static String hostUuid() {
        String dmi = readString(Path.of("/sys/class/dmi/id/product_uuid"), null);
        if (dmi != null && dmi.length() == 36) {
            return dmi.toLowerCase(java.util.Locale.ROOT);
        }
        String id = readString(Path.of("/etc/machine-id"), null);
        if (id != null && id.length() == 32) {
            return id.substring(0, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12, 16) + "-"
                    + id.substring(16, 20) + "-" + id.substring(20);
        }
        return null;
    }

    private static int readInt(Path p, int fallback) {
        try {
            return Integer.parseInt(Files.readString(p).strip());
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    private static String readString(Path p, String fallback) {
        try {
            return Files.readString(p).strip();
        } catch (IOException e) {
            return fallback;
        }
    }
}
