package org.jvirt.conf.caps;

import java.util.List;

/**
 * Host and guest capabilities (libvirt's virCaps), immutable. Drivers construct it (the test driver builds
 * the fixed set test:///default reports; a node file or remote libvirtd supplies XML that {@link CapsXml#parse}
 * reads). Optional values are null; absent lists are empty.
 */
public record CapsDef(Host host, List<Guest> guests) {

    public CapsDef {
        guests = List.copyOf(guests);
    }

    /**
     * {@code <host>}.
     *
     * @param features host CPU flags printed as {@code <features><pae/>..} inside {@code <cpu>}
     * @param pageSizes supported page sizes in KiB ({@code <pages unit='KiB' size=../>})
     * @param powerManagement suspend_mem / suspend_disk / suspend_hybrid; empty prints {@code <power_management/>}
     * @param cells NUMA cells; empty means no {@code <topology>}
     * @param extraXml host children jvirt does not model (cache, memory_bandwidth), kept verbatim
     */
    public record Host(String uuid, String arch, List<String> features, HostCpu cpu, List<Integer> pageSizes,
            List<String> powerManagement, boolean iommu, Migration migration, String netprefix, List<Cell> cells,
            List<String> extraXml, List<SecModel> secModels) {
        public Host {
            features = List.copyOf(features);
            pageSizes = List.copyOf(pageSizes);
            powerManagement = List.copyOf(powerManagement);
            cells = List.copyOf(cells);
            extraXml = List.copyOf(extraXml);
            secModels = List.copyOf(secModels);
        }
    }

    /** The host CPU model part ({@code virCPUDef} of type host); every field optional. */
    public record HostCpu(String model, String vendor, String microcode, Signature signature, Counter counter,
            Topology topology, MaxPhysAddr maxPhysAddr, List<String> features) {
        public HostCpu {
            features = List.copyOf(features);
        }
    }

    public record Signature(int family, int model, int stepping) {
    }

    public record Counter(String name, long frequency, String scaling) {
    }

    public record Topology(int sockets, int dies, int cores, int threads) {
    }

    public record MaxPhysAddr(String mode, int bits) {
    }

    /** {@code <migration_features>}: {@code <live/>} and the URI transports. */
    public record Migration(boolean live, List<String> uriTransports) {
        public Migration {
            uriTransports = List.copyOf(uriTransports);
        }
    }

    /** A NUMA cell; memoryKiB 0 means not printed. */
    public record Cell(int id, long memoryKiB, List<PageCount> pages, List<Distance> distances, List<CellCpu> cpus) {
        public Cell {
            pages = List.copyOf(pages);
            distances = List.copyOf(distances);
            cpus = List.copyOf(cpus);
        }
    }

    public record PageCount(int sizeKiB, long count) {
    }

    public record Distance(int id, int value) {
    }

    /** A CPU in a cell; siblings null means no topology attributes are printed. */
    public record CellCpu(int id, int socketId, int dieId, int coreId, String siblings) {
        public static CellCpu bare(int id) {
            return new CellCpu(id, 0, 0, 0, null);
        }
    }

    public record SecModel(String model, String doi, List<BaseLabel> baseLabels) {
        public SecModel {
            baseLabels = List.copyOf(baseLabels);
        }
    }

    public record BaseLabel(String type, String label) {
    }

    /** {@code <guest>}: one OS type on one architecture. */
    public record Guest(String osType, GuestArch arch, List<Feature> features) {
        public Guest {
            features = List.copyOf(features);
        }
    }

    public record GuestArch(String name, int wordsize, String emulator, String loader, List<Machine> machines,
            List<GuestDomain> domains) {
        public GuestArch {
            machines = List.copyOf(machines);
            domains = List.copyOf(domains);
        }
    }

    /** {@code <machine canonical maxCpus deprecated>name</machine>}; maxCpus 0 means not printed. */
    public record Machine(String name, String canonical, int maxCpus, boolean deprecated) {
        public static Machine of(String name) {
            return new Machine(name, null, 0, false);
        }
    }

    /** {@code <domain type>} with optional per-type emulator, loader and machines. */
    public record GuestDomain(String type, String emulator, String loader, List<Machine> machines) {
        public GuestDomain {
            machines = List.copyOf(machines);
        }

        public static GuestDomain of(String type) {
            return new GuestDomain(type, null, null, List.of());
        }
    }

    /** A guest feature; defaultState ("on"/"off") and toggle ("yes"/"no") are null for plain flags. */
    public record Feature(String name, String defaultState, String toggle) {
        public static Feature of(String name) {
            return new Feature(name, null, null);
        }
    }
}
