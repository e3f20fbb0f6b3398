package org.jvirt.driver.qemu.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.domain.DeviceAddress;
import org.jvirt.conf.domain.DiskDef;

/**
 * One disk as QEMU 7.2 takes it from libvirt 9.0: a storage -blockdev (file / host_device), a format -blockdev
 * on top, and the -device (ide-hd, ide-cd, virtio-blk-pci, floppy) using it. Node names are
 * "libvirt-N-storage" / "libvirt-N-format" with N counting down from the number of disks, as libvirt does.
 */
final class DiskProps {

    private DiskProps() {
    }

    /**
     * The arguments for {@code disk}.
     *
     * @param node the N of its node names
     * @param bootIndex its bootindex, or 0 for none
     * @param pciAddr its PCI address for virtio disks, else null
     */
    static List<String> of(DiskDef disk, int node, int bootIndex, String pciAddr) {
        List<String> args = new ArrayList<>();
        List<ObjectNode> parts = props(disk, node, bootIndex, pciAddr);
        for (int i = 0; i < parts.size() - 1; i++) {
            args.addAll(List.of("-blockdev", QemuOptions.json(parts.get(i))));
        }
        args.add("-device");
        args.add(QemuOptions.json(parts.getLast()));
        return args;
    }

    /**
     * The storage and format blockdev properties (absent for an empty drive) and the device properties, last;
     * the same for the command line and for blockdev-add / device_add.
     */
    static List<ObjectNode> props(DiskDef disk, int node, int bootIndex, String pciAddr) {
        if (!"file".equals(disk.type()) && !"block".equals(disk.type())) {
            throw QemuOptions.unsupported("disk type '%s' is not supported", disk.type());
        }
        List<ObjectNode> out = new ArrayList<>();
        String format = formatNode(node);
        Cache cache = Cache.of(disk.driver() != null ? disk.driver().cache() : null);
        if (disk.source() != null) {
            ObjectNode storage = QemuOptions.props()
                    .put("driver", "block".equals(disk.type()) ? "host_device" : "file")
                    .put("filename", disk.source())
                    .put("node-name", storageNode(node));
            cache.addTo(storage);
            storage.put("auto-read-only", true).put("discard", "unmap");
            ObjectNode fmt = QemuOptions.props().put("node-name", format).put("read-only", disk.readonly());
            cache.addTo(fmt);
            String type = disk.driver() != null && disk.driver().type() != null ? disk.driver().type() : "raw";
            fmt.put("driver", type).put("file", storageNode(node));
            out.add(storage);
            out.add(fmt);
        } else if (!"cdrom".equals(disk.device()) && !"floppy".equals(disk.device())) {
            throw QemuOptions.unsupported("disk '%s' has no source", disk.targetDev());
        }
        out.add(device(disk, disk.source() != null ? format : null, bootIndex, pciAddr, cache));
        return out;
    }

    /** libvirt's node names: "libvirt-N-storage" under "libvirt-N-format". */
    static String storageNode(int node) {
        return "libvirt-" + node + "-storage";
    }

    static String formatNode(int node) {
        return "libvirt-" + node + "-format";
    }

    private static ObjectNode device(DiskDef disk, String drive, int bootIndex, String pciAddr, Cache cache) {
        DeviceAddress.Drive a = disk.address() instanceof DeviceAddress.Drive d ? d : new DeviceAddress.Drive(0, 0, 0, 0);
        boolean cdrom = "cdrom".equals(disk.device());
        ObjectNode p = QemuOptions.props();
        String bus = disk.targetBus() == null ? "ide" : disk.targetBus();
        String id = QemuAliases.diskId(disk);
        switch (bus) {
            case "ide" -> p.put("driver", cdrom ? "ide-cd" : "ide-hd").put("bus", "ide." + a.bus()).put("unit", a.unit());
            case "sata" -> p.put("driver", cdrom ? "ide-cd" : "ide-hd").put("bus", "sata" + a.controller() + "." + a.unit());
            case "virtio" -> p.put("driver", "virtio-blk-pci").put("bus", "pci.0").put("addr", pciAddr);
            case "fdc" -> p.put("driver", "floppy").put("unit", a.unit());
            default -> throw QemuOptions.unsupported("disk bus '%s' is not supported", bus);
        }
        if (drive != null) {
            p.put("drive", drive);
        }
        p.put("id", id);
        if (bootIndex > 0) {
            p.put("bootindex", bootIndex);
        }
        if (cache.writeCache() != null && drive != null) {
            p.put("write-cache", cache.writeCache());
        }
        return p;
    }

    /** "vda" -> 0, "vdb" -> 1, "vdaa" -> 26 (virDiskNameToIndex). */
    static int diskIndex(String dev) {
        int i = 0;
        String letters = dev.replaceFirst("^(hd|sd|vd|xvd|fd|ubd)", "");
        for (char c : letters.toCharArray()) {
            i = i * 26 + (c - 'a' + 1);
        }
        return i - 1;
    }

    /** A disk cache mode as its three QEMU knobs (qemuDomainDiskCachemodeFlags); all null for the default. */
    private record Cache(Boolean direct, Boolean noFlush, String writeCache) {

        static Cache of(String mode) {
            if (mode == null || mode.equals("default")) {
                return new Cache(null, null, null);
            }
            return switch (mode) {
                case "none" -> new Cache(true, false, "on");
                case "writethrough" -> new Cache(false, false, "off");
                case "writeback" -> new Cache(false, false, "on");
                case "directsync" -> new Cache(true, false, "off");
                case "unsafe" -> new Cache(false, true, "on");
                default -> throw QemuOptions.unsupported("disk cache mode '%s' is not supported", mode);
            };
        }

        void addTo(ObjectNode blockdev) {
            if (direct != null) {
                blockdev.putObject("cache").put("direct", direct).put("no-flush", noFlush);
            }
        }
    }
}
