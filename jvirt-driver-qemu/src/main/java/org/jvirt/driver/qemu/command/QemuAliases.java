package org.jvirt.driver.qemu.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.domain.ChrDef;
import org.jvirt.conf.domain.ControllerDef;
import org.jvirt.conf.domain.DeviceAddress;
import org.jvirt.conf.domain.DeviceDef;
import org.jvirt.conf.domain.DevicesDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.conf.domain.MemballoonDef;
import org.jvirt.conf.domain.VideoDef;

/**
 * The names and PCI addresses QEMU knows a guest's devices by, written into the definition as libvirt 9.0 does at
 * start (qemuAssignDeviceAliases + qemuDomainAssignAddresses): the live XML then shows the same ids the argv
 * uses, and hotplug and detach-device-alias find devices by them. Aliases already present (user aliases, or a
 * live definition) are kept and become QEMU's ids. Pure: {@link QemuCommandBuilder} reads what this wrote.
 */
public final class QemuAliases {

    private QemuAliases() {
    }

    /** {@code def} with every device QEMU gets named, and every PCI device's address made explicit. */
    public static DomainDef assign(DomainDef def) {
        Map<DeviceDef, String> pci = QemuPciSlots.assign(def);
        DevicesDef devs = def.devices();
        DevicesDef.Builder b = devs.toBuilder();
        b.disks.replaceAll(d -> named(withPci(d, pci), disk(d)));
        b.controllers.replaceAll(c -> named(controllerAddress(withPci(c, pci)), controller(c)));
        for (int i = 0; i < b.interfaces.size(); i++) {
            InterfaceDef n = b.interfaces.get(i);
            b.interfaces.set(i, named(withPci(n, pci), "net" + i));
        }
        for (int i = 0; i < b.serials.size(); i++) {
            ChrDef c = b.serials.get(i);
            b.serials.set(i, named(c, "serial" + (c.targetPort() >= 0 ? c.targetPort() : i)));
        }
        for (int i = 0; i < b.inputs.size(); i++) {
            b.inputs.set(i, named(b.inputs.get(i), "input" + i));
        }
        for (int i = 0; i < b.videos.size(); i++) {
            VideoDef v = b.videos.get(i);
            b.videos.set(i, "none".equals(v.model()) ? v : named(withPci(v, pci), "video" + i));
        }
        b.memballoons.replaceAll(m -> "none".equals(m.model()) ? m : named(withPci(m, pci), "balloon0"));
        return def.withDevices(b.build());
    }

    /** The id of a disk's -device when it has no alias (qemuAssignDeviceDiskAlias). */
    public static String disk(DiskDef disk) {
        DeviceAddress.Drive a = disk.address() instanceof DeviceAddress.Drive d ? d : new DeviceAddress.Drive(0, 0, 0, 0);
        String bus = disk.targetBus() == null ? "ide" : disk.targetBus();
        return switch (bus) {
            case "virtio" -> "virtio-disk" + DiskProps.diskIndex(disk.targetDev());
            default -> bus + a.controller() + "-" + a.bus() + "-" + a.unit();
        };
    }

    /** The id of a disk's -device: its alias, else the default one. */
    public static String diskId(DiskDef disk) {
        return disk.alias() != null ? disk.alias() : disk(disk);
    }

    /**
     * The name query-blockstats gives the disk in "qdev": the id itself, or the QOM path of the virtio backend
     * for virtio disks (QEMU names the device that holds the BlockBackend), as libvirt's qomName.
     */
    public static String diskQdev(DiskDef disk) {
        String id = diskId(disk);
        return "virtio".equals(disk.targetBus()) ? "/machine/peripheral/" + id + "/virtio-backend" : id;
    }

    /** The QOM path of the definition's memory balloon device (its alias under /machine/peripheral). */
    public static String balloonPath(DomainDef def) {
        for (var m : def.devices().memballoons()) {
            if (!"none".equals(m.model())) {
                return "/machine/peripheral/" + (m.alias() != null ? m.alias() : "balloon0");
            }
        }
        return "/machine/peripheral/balloon0";
    }

    /**
     * A controller's alias (qemuAssignDeviceControllerAlias): the i440fx root bus is "pci.0", the first IDE and
     * USB controllers are the PIIX3's "ide" and "usb", others are TYPE + index.
     */
    static String controller(ControllerDef c) {
        return switch (c.type()) {
            case "pci" -> "pci." + c.index();
            case "ide", "usb" -> c.index() == 0 ? c.type() : c.type() + c.index();
            default -> c.type() + c.index();
        };
    }

    /** The first alias of the form PREFIX + N not used by any of {@code used} (qemuAssignDeviceNetAlias and kin). */
    public static String next(String prefix, List<? extends DeviceDef> used) {
        int max = -1;
        for (DeviceDef d : used) {
            String a = d.alias();
            if (a != null && a.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(a.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // a user alias that merely starts like ours
                }
            }
        }
        return prefix + (max + 1);
    }

    /** The PIIX3's IDE and USB functions, where libvirt's live XML shows them. */
    private static ControllerDef controllerAddress(ControllerDef c) {
        if (c.address() != null || c.index() != 0) {
            return c;
        }
        return switch (c.type()) {
            case "ide" -> c.withAddress(new DeviceAddress.Pci(0, 0, 1, 1, null));
            case "usb" -> c.model() == null || "piix3-uhci".equals(c.model())
                    ? c.withAddress(new DeviceAddress.Pci(0, 0, 1, 2, null)) : c;
            default -> c;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends DeviceDef> T named(T d, String alias) {
        return d.alias() != null ? d : (T) d.withAlias(alias);
    }

    @SuppressWarnings("unchecked")
    private static <T extends DeviceDef> T withPci(T d, Map<DeviceDef, String> pci) {
        String a = pci.get(d);
        if (a == null) {
            return d;
        }
        String[] parts = a.split("\\.");
        DeviceAddress.Pci addr = new DeviceAddress.Pci(0, 0, Integer.decode(parts[0]),
                parts.length > 1 ? Integer.decode(parts[1]) : 0, null);
        DeviceDef out = switch (d) {
            case DiskDef x -> x.address() instanceof DeviceAddress.Pci ? x : x.withAddress(addr);
            case InterfaceDef x -> x.address() instanceof DeviceAddress.Pci ? x : x.withAddress(addr);
            case ControllerDef x -> x.address() instanceof DeviceAddress.Pci ? x : x.withAddress(addr);
            case VideoDef x -> x.address() instanceof DeviceAddress.Pci ? x : x.withAddress(addr);
            case MemballoonDef x -> x.address() instanceof DeviceAddress.Pci ? x : x.withAddress(addr);
            default -> d;
        };
        return (T) out;
    }

    /** Every alias in use, for a new device's uniqueness check. */
    public static List<String> aliases(DomainDef def) {
        List<String> out = new ArrayList<>();
        for (DeviceDef d : def.devices().all()) {
            if (d.alias() != null) {
                out.add(d.alias());
            }
        }
        return out;
    }
}
