package org.jvirt.conf.domain;

import java.util.List;

/**
 * The defaults libvirt fills in after parsing (domain_postparse.c and the implicit-device helpers):
 * generated UUID and MACs, currentMemory, arch/machine/emulator from the driver, boot order, disk buses and
 * drive addresses, implicit controllers, the console/serial alias, graphics listens and the implicit video.
 */
final class DomainPostParse {

    private DomainPostParse() {
    }

    static DomainDef apply(DomainDef raw, DomainParseOptions opts) {
        DomainDef.Builder b = raw.toBuilder();
        if (raw.uuid() == null) {
            b.uuid(opts.uuidGenerator().get());
        }
        long numaMem = raw.cpu() == null ? 0 : raw.cpu().numaMemoryKiB();
        if (numaMem > 0 && raw.memoryKiB() == 0) {
            // Without <memory> the NUMA cells give the size (virDomainDefPostParseMemory).
            raw = raw.toBuilder().memoryKiB(numaMem).build();
            b.memoryKiB(numaMem);
        }
        long hotplug = MemoryDeviceXml.totalKiB(raw.devices());
        if (hotplug > raw.memoryKiB()) {
            throw Err.xml("Total size of memory devices exceeds the total memory size");
        }
        // the base RAM is what the memory devices leave of <memory>, unless NUMA cells size it
        if (raw.memoryKiB() == 0 || numaMem == 0 && raw.memoryKiB() == hotplug) {
            throw Err.xml("Memory size must be specified via <memory> or in the <numa> configuration");
        }
        if (raw.currentMemoryKiB() == 0 || raw.currentMemoryKiB() > raw.memoryKiB()) {
            b.currentMemoryKiB(raw.memoryKiB());
        }
        if (raw.cpu() != null && NumaXml.cpuCount(raw.cpu().numa()) > raw.vcpu().max()) {
            throw Err.internal("Number of CPUs in <numa> exceeds the <vcpu> count");
        }
        if (raw.vcpu().max() == 0) {
            throw Err.internal("CPU IDs in <numa> exceed the <vcpu> count");
        }
        if (raw.vcpu().current() > raw.vcpu().max()) {
            throw Err.unsupported("maximum vCPU count must not be less than current vCPU count");
        }
        if (raw.numatune() == null && "auto".equals(raw.vcpu().placement())) {
            b.numatune(new NumatuneDef("strict", "auto", null));
        }
        b.os(os(raw, opts));
        DevicesDef.Builder d = raw.devices().toBuilder();
        if (d.emulator == null) {
            d.emulator = opts.osDefaults().emulator(raw.os().type(), b.os().arch(), raw.type());
        }
        disks(d);
        controllers(d);
        interfaces(d, opts);
        consoles(d, raw.os().type());
        graphics(d);
        video(d, b.os(), opts);
        b.devices(d.build());
        return opts.driverPostParse().apply(b.build());
    }

    /** Post-parse for a single device being attached (no whole-domain implicit devices). */
    static DeviceDef device(DeviceDef dev, DomainDef context, DomainParseOptions opts) {
        return switch (dev) {
            case DiskDef disk -> {
                DiskDef x = diskBus(disk);
                yield x.address() == null ? x.withAddress(driveAddress(x)) : x;
            }
            case InterfaceDef n -> n.mac() == null ? n.withMac(opts.macGenerator().get()) : n;
            case GraphicsDef g -> withDefaultListen(g);
            default -> dev;
        };
    }

    private static OsDef os(DomainDef raw, DomainParseOptions opts) {
        OsDef os = raw.os();
        if (os.arch() == null) {
            String arch = opts.osDefaults().arch(os.type(), raw.type());
            if (arch != null) {
                os = os.withArch(arch);
            }
        }
        if (os.machine() == null) {
            String m = opts.osDefaults().machine(os.type(), os.arch(), raw.type());
            if (m != null) {
                os = os.withMachine(m);
            }
        }
        if (os.type().equals("hvm") && os.bootDevs().isEmpty() && !hasBootOrder(raw.devices())) {
            os = os.withBootDevs(List.of("hd"));
        }
        if (os.loader() != null && os.loader().type() == null && os.loader().path() != null) {
            OsDef.Loader l = os.loader();
            os = new OsDef(os.type(), os.arch(), os.machine(), os.firmware(),
                    new OsDef.Loader(l.path(), l.readonly(), l.secure(), "rom"), os.nvram(), os.kernel(),
                    os.initrd(), os.cmdline(), os.dtb(), os.root(), os.init(), os.initArgs(), os.bootDevs(),
                    os.bootMenu(), os.bootMenuTimeout(), os.smbiosMode(), os.biosUseSerial(), os.biosRebootTimeout());
        }
        return os;
    }

    private static boolean hasBootOrder(DevicesDef d) {
        return d.disks().stream().anyMatch(x -> x.bootOrder() > 0)
                || d.interfaces().stream().anyMatch(x -> x.bootOrder() > 0)
                || d.others().stream().anyMatch(x -> x.node().child("boot") != null);
    }

    private static void disks(DevicesDef.Builder d) {
        for (int i = 0; i < d.disks.size(); i++) {
            DiskDef disk = diskBus(d.disks.get(i));
            if (disk.address() == null) {
                disk = disk.withAddress(driveAddress(disk));
            }
            d.disks.set(i, disk);
        }
    }

    /** The bus implied by the target name when none is given (floppies always sit on fdc). */
    private static DiskDef diskBus(DiskDef disk) {
        String dev = disk.targetDev();
        if (disk.device().equals("floppy") && !dev.startsWith("fd")) {
            throw Err.internal("Invalid floppy device name: %s", dev);
        }
        if (disk.targetBus() != null) {
            return disk;
        }
        String bus;
        if (disk.device().equals("floppy")) {
            bus = "fdc";
        } else if (dev.startsWith("hd")) {
            bus = "ide";
        } else if (dev.startsWith("sd")) {
            bus = "scsi";
        } else if (dev.startsWith("vd")) {
            bus = "virtio";
        } else if (dev.startsWith("xvd")) {
            bus = "xen";
        } else if (dev.startsWith("ubd")) {
            bus = "uml";
        } else {
            bus = "ide";
        }
        return disk.withTargetBus(bus);
    }

    /** virDomainDiskDefAssignAddress for the buses that use drive addresses; null for the others. */
    private static DeviceAddress driveAddress(DiskDef disk) {
        int idx = DiskXml.nameToIndex(disk.targetDev());
        if (idx < 0) {
            return null;
        }
        return switch (disk.targetBus()) {
            case "ide" -> new DeviceAddress.Drive(idx / 4, (idx % 4) / 2, 0, idx % 2);
            case "fdc" -> new DeviceAddress.Drive(idx / 2, 0, 0, idx % 2);
            case "scsi" -> new DeviceAddress.Drive(idx / 7, 0, 0, idx % 7);
            case "sata" -> new DeviceAddress.Drive(idx / 6, 0, 0, idx % 6);
            default -> null;
        };
    }

    /**
     * The largest controller index a drive address may imply. libvirt has no limit and, given an index in the
     * millions, spends minutes adding that many implicit controllers; we refuse instead of hanging.
     */
    static final int MAX_IMPLIED_CONTROLLER = 1024;

    /** Controllers implied by drive addresses (SCSI, FDC, IDE, SATA in that order), and index numbering. */
    private static void controllers(DevicesDef.Builder d) {
        for (int i = 0; i < d.controllers.size(); i++) {
            ControllerDef c = d.controllers.get(i);
            if (c.index() < 0) {
                int next = 0;
                for (ControllerDef o : d.controllers) {
                    if (o.type().equals(c.type()) && o.index() >= next) {
                        next = o.index() + 1;
                    }
                }
                d.controllers.set(i, c.withIndex(next));
            }
        }
        for (String type : List.of("scsi", "fdc", "ide", "sata")) {
            int max = -1;
            for (DiskDef disk : d.disks) {
                if (type.equals(disk.targetBus()) && disk.address() instanceof DeviceAddress.Drive a) {
                    max = Math.max(max, a.controller());
                }
            }
            if (max > MAX_IMPLIED_CONTROLLER) {
                throw Err.unsupported("drive address controller index %d is larger than %d",
                        max, MAX_IMPLIED_CONTROLLER);
            }
            for (int idx = 0; idx <= max; idx++) {
                final int want = idx;
                if (d.controllers.stream().noneMatch(c -> c.type().equals(type) && c.index() == want)) {
                    DevicesXml.insertController(d.controllers, new ControllerDef(type, idx, null, null, null, null));
                }
            }
        }
        virtioSerial(d);
        smartcards(d);
    }

    private static void maybeAddController(DevicesDef.Builder d, String type, int idx) {
        if (d.controllers.stream().noneMatch(c -> c.type().equals(type) && c.index() == idx)) {
            DevicesXml.insertController(d.controllers, new ControllerDef(type, idx, null, null, null, null));
        }
    }

    /** virDomainDefMaybeAddVirtioSerialController: virtio channels and consoles need a virtio-serial bus. */
    private static void virtioSerial(DevicesDef.Builder d) {
        for (List<ChrDef> l : List.of(d.channels, d.consoles)) {
            for (ChrDef c : l) {
                if ("virtio".equals(c.targetType())) {
                    int idx = 0;
                    if (c.address() instanceof DeviceAddress.Other o && o.type().equals("virtio-serial")) {
                        idx = otherAddr(o, "controller");
                    }
                    maybeAddController(d, "virtio-serial", idx);
                }
            }
        }
    }

    /** virDomainDefMaybeAddSmartcardController: a smartcard gets a ccid slot and its ccid controller. */
    private static void smartcards(DevicesDef.Builder d) {
        for (int i = 0; i < d.others.size(); i++) {
            OtherDeviceDef dev = d.others.get(i);
            if (!dev.elementName().equals("smartcard")) {
                continue;
            }
            XmlNode addr = dev.node().child("address");
            int idx = 0;
            if (addr != null && "ccid".equals(addr.attr("type"))) {
                idx = parseOr(addr.attr("controller"), 0);
            } else if (addr == null) {
                int max = -1;
                for (OtherDeviceDef o : d.others) {
                    XmlNode a = o.elementName().equals("smartcard") ? o.node().child("address") : null;
                    if (a != null && "ccid".equals(a.attr("type")) && parseOr(a.attr("controller"), 0) == 0) {
                        max = Math.max(max, parseOr(a.attr("slot"), 0));
                    }
                }
                List<XmlNode> kids = new java.util.ArrayList<>(dev.node().children());
                kids.add(new XmlNode("address", List.of("type", "ccid", "controller", "0", "slot",
                        Integer.toString(max + 1)), null, List.of()));
                d.others.set(i, new OtherDeviceDef(dev.node().withChildren(kids)));
            }
            maybeAddController(d, "ccid", idx);
        }
    }

    private static int otherAddr(DeviceAddress.Other o, String name) {
        for (int i = 0; i < o.attrs().size(); i += 2) {
            if (o.attrs().get(i).equals(name)) {
                return parseOr(o.attrs().get(i + 1), 0);
            }
        }
        return 0;
    }

    private static int parseOr(String v, int dflt) {
        Integer n = v == null ? null : Units.parseIntStrict(v);
        return n == null ? dflt : n;
    }

    private static void interfaces(DevicesDef.Builder d, DomainParseOptions opts) {
        for (int i = 0; i < d.interfaces.size(); i++) {
            InterfaceDef n = d.interfaces.get(i);
            if (n.mac() == null) {
                d.interfaces.set(i, n.withMac(opts.macGenerator().get()));
            }
        }
    }

    /**
     * For HVM guests console 0 is an alias of serial 0 (virDomainDefAddConsoleCompat): a console alone creates
     * the serial, a serial alone gets a console. The formatter prints serial 0's source under the console.
     */
    private static void consoles(DevicesDef.Builder d, String osType) {
        boolean hvm = osType.equals("hvm");
        if (hvm && !d.consoles.isEmpty()) {
            ChrDef con = d.consoles.getFirst();
            if (con.targetType() == null || con.targetType().equals("serial")) {
                if (d.serials.isEmpty()) {
                    d.serials.add(new ChrDef(ChrDef.Kind.SERIAL, con.type(), con.path(), con.host(), con.service(),
                            con.mode(), con.protocol(), null, 0, null, null, null));
                }
                d.consoles.set(0, con.withTarget("serial", 0));
            }
        } else if (hvm && !d.serials.isEmpty()) {
            d.consoles.add(new ChrDef(ChrDef.Kind.CONSOLE, "pty", null, null, null, null, null, "serial", 0, null,
                    null, null));
        }
        for (int i = 0; i < d.consoles.size(); i++) {
            ChrDef c = d.consoles.get(i);
            if (c.targetType() == null || c.targetPort() < 0) {
                d.consoles.set(i, c.withTarget(c.targetType() == null ? "serial" : c.targetType(),
                        c.targetPort() < 0 ? i : c.targetPort()));
            }
        }
    }

    private static void graphics(DevicesDef.Builder d) {
        d.graphics.replaceAll(DomainPostParse::withDefaultListen);
    }

    /** VNC, SPICE and RDP without any listen get an address listen with no address (listen on the default). */
    private static GraphicsDef withDefaultListen(GraphicsDef g) {
        if (!g.listens().isEmpty() || !(g.type().equals("vnc") || g.type().equals("spice")
                || g.type().equals("rdp"))) {
            return g;
        }
        return g.withListens(List.of(new GraphicsDef.Listen("address", null, null, null)));
    }

    /** The implicit video card for graphics, then per-video defaults (vram, heads, primary). */
    private static void video(DevicesDef.Builder d, OsDef os, DomainParseOptions opts) {
        if (d.videos.isEmpty() && !d.graphics.isEmpty() && opts.defaultVideoModel() != null) {
            String model = os.type().equals("xen") || os.type().equals("linux") ? "xen"
                    : os.arch() != null && os.arch().startsWith("ppc64") ? "vga" : opts.defaultVideoModel();
            d.videos.add(new VideoDef(model, 0, 0, 0, 0, false, null));
        }
        boolean primarySeen = d.videos.stream().anyMatch(VideoDef::primary);
        for (int i = 0; i < d.videos.size(); i++) {
            VideoDef v = d.videos.get(i);
            long vram = v.vram() == 0 ? defaultVram(v.model()) : v.vram();
            boolean primary = v.primary() || !primarySeen && i == 0;
            d.videos.set(i, new VideoDef(v.model(), v.ram(), vram, v.vgamem(), v.heads() == 0 ? 1 : v.heads(),
                    primary, v.address(), v.alias()));
        }
    }

    /** virDomainVideoDefaultRAM, in KiB. */
    private static long defaultVram(String model) {
        if (model == null) {
            return 0;
        }
        return switch (model) {
            case "vga", "cirrus", "vmvga", "bochs" -> 16384;
            case "xen" -> 4096;
            case "qxl" -> 65536;
            case "vbox" -> 8192;
            default -> 0;
        };
    }
}
