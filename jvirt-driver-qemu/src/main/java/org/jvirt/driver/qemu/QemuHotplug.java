package org.jvirt.driver.qemu;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jvirt.conf.domain.DeviceDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.Rollback;
import org.jvirt.driver.qemu.command.HotplugProps;
import org.jvirt.driver.qemu.command.QemuAliases;
import org.jvirt.driver.qemu.monitor.QmpBlockInfo;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.driver.qemu.net.QemuInterfaces;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * Hotplug on a running guest (qemu_hotplug.c) for what this driver can plug: file/block disks on virtio (any
 * other bus is tried too and refused by QEMU itself, as with libvirt) and NICs with user-mode, socket or tap
 * backends (the tap is set up as at start). Attach names the device (alias, free PCI slot) before QEMU sees it and undoes every step that
 * succeeded when a later one fails; detach asks the guest to let go (device_del), waits for DEVICE_DELETED and
 * only then drops the backend (blockdev-del / netdev_del) and the device from the live XML. The caller holds the
 * domain's job and not its lock; these return the new live definition, or throw with nothing changed.
 */
final class QemuHotplug {

    /** How long detach waits for the guest (libvirt's qemuDomainWaitForDeviceRemoval: 5 s). */
    static final Duration UNPLUG_WAIT = Duration.ofSeconds(5);

    private QemuHotplug() {
    }

    /** qemuDomainAttachDeviceLive: {@code dev} is parsed against {@code live} (user aliases only). */
    static DomainDef attach(QmpMonitor mon, DomainDef live, DeviceDef dev) {
        return switch (dev) {
            case DiskDef disk -> attachDisk(mon, live, disk);
            case InterfaceDef net -> attachNet(mon, live, net);
            default -> throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                    "live attach of device '%s' is not supported", dev.elementName());
        };
    }

    private static DomainDef attachDisk(QmpMonitor mon, DomainDef live, DiskDef disk) {
        if (disk.source() != null && "file".equals(disk.type()) && !Files.exists(Path.of(disk.source()))) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.STORAGE,
                    "Cannot access storage file '%s': No such file or directory", disk.source());
        }
        DiskDef named = disk;
        if ("virtio".equals(disk.targetBus()) && !(disk.address() instanceof org.jvirt.conf.domain.DeviceAddress.Pci)) {
            named = named.withAddress(HotplugProps.nextPciSlot(live));
        }
        if (named.alias() == null) {
            named = named.withAlias(QemuAliases.disk(named));
        }
        DomainDef next = live.withDevice(named);
        DomainXml.validate(next); // duplicate targets and aliases, with libvirt's messages
        int node = nextNode(mon.namedBlockNodes());
        List<ObjectNode> props = diskProps(named, node);
        try (Rollback rb = new Rollback()) {
            for (int i = 0; i < props.size() - 1; i++) {
                ObjectNode p = props.get(i);
                mon.blockdevAdd(p);
                String nodeName = p.path("node-name").asText();
                rb.add("blockdev-del " + nodeName, () -> mon.blockdevDel(nodeName));
            }
            mon.deviceAdd(props.getLast());
            rb.commit();
        }
        return next;
    }

    /** Disk properties on any bus: virtio through the hotplug props, others as on the command line. */
    private static List<ObjectNode> diskProps(DiskDef disk, int node) {
        return "virtio".equals(disk.targetBus()) ? HotplugProps.disk(disk, node) : HotplugProps.anyDisk(disk, node);
    }

    /** One past the highest N of QEMU's "libvirt-N-..." node names (libvirt counts its node indexes up). */
    static int nextNode(List<String> names) {
        int max = 0;
        for (String n : names) {
            if (n.startsWith("libvirt-")) {
                int dash = n.indexOf('-', 8);
                try {
                    max = Math.max(max, Integer.parseInt(n.substring(8, dash < 0 ? n.length() : dash)));
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return max + 1;
    }

    private static DomainDef attachNet(QmpMonitor mon, DomainDef live, InterfaceDef net) {
        boolean tap = switch (net.type()) {
            case "user", "mcast", "server", "client", "udp" -> false;
            case "bridge", "ethernet", "network" -> true;
            default -> throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                    "live attach of interface type '%s' is not supported yet", net.type());
        };
        InterfaceDef named = net.address() instanceof org.jvirt.conf.domain.DeviceAddress.Pci ? net
                : net.withAddress(HotplugProps.nextPciSlot(live));
        if (named.alias() == null) {
            named = named.withAlias(QemuAliases.next("net", live.devices().interfaces()));
        }
        DomainXml.validate(live.withDevice(named));
        try (Rollback rb = new Rollback()) {
            if (tap) {
                // the host side as at start (tap, bridge port, script), undone with the rest on failure
                named = QemuInterfaces.system().connect(alone(live, named), rb).devices().interfaces().getFirst();
            }
            DomainDef next = live.withDevice(named);
            List<ObjectNode> props = HotplugProps.net(named);
            String netdev = HotplugProps.netdevId(named);
            mon.netdevAdd(props.get(0));
            rb.add("netdev_del " + netdev, () -> mon.netdevDel(netdev));
            mon.deviceAdd(props.get(1));
            rb.commit();
            return next;
        }
    }

    /** {@code def} with {@code net} as its only device: the input QemuInterfaces works on. */
    private static DomainDef alone(DomainDef def, InterfaceDef net) {
        return def.withDevices(org.jvirt.conf.domain.DevicesDef.EMPTY.plus(net));
    }

    /** The live device a detach-device XML names (qemuDomainDetachDeviceLive's lookup), with libvirt's errors. */
    static DeviceDef findLive(DomainDef live, DeviceDef dev) {
        return switch (dev) {
            case DiskDef disk -> {
                for (DiskDef d : live.devices().disks()) {
                    if (d.targetDev().equals(disk.targetDev())) {
                        yield d;
                    }
                }
                throw VirtException.of(ErrorCode.DEVICE_MISSING, ErrorDomain.QEMU, "disk %s not found", disk.targetDev());
            }
            case InterfaceDef net -> findNet(live, net);
            default -> throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                    "live detach of device '%s' is not supported", dev.elementName());
        };
    }

    /** virDomainNetFindIdx: by MAC (and alias when given). */
    static InterfaceDef findNet(DomainDef def, InterfaceDef net) {
        for (InterfaceDef n : def.devices().interfaces()) {
            if (n.mac().equals(net.mac()) && (net.alias() == null || net.alias().equals(n.alias()))) {
                return n;
            }
        }
        throw VirtException.of(ErrorCode.DEVICE_MISSING, ErrorDomain.DOMAIN,
                "no device found at address '%s' matching MAC address '%s' and alias '%s'", "(<null>)", net.mac(),
                net.alias() == null ? "(<null>)" : net.alias());
    }

    /**
     * device_del and the wait for the guest. True when the device is gone (the caller then calls
     * {@link #release}); false when the guest has not let go within {@link #UNPLUG_WAIT}: the event handler
     * finishes the removal when it does, as libvirt does.
     */
    static boolean unplug(QmpMonitor mon, QemuDomainRuntime rt, DeviceDef dev) {
        String id = dev.alias();
        if (!(dev instanceof DiskDef) && !(dev instanceof InterfaceDef)) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                    "live detach of device '%s' is not supported", dev.elementName());
        }
        CompletableFuture<Void> deleted = new CompletableFuture<>();
        rt.unplugs.put(id, deleted);
        try {
            if (!mon.deviceDel(id)) {
                return true; // QEMU no longer has it
            }
            deleted.get(UNPLUG_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            rt.unplugs.remove(id, deleted);
        }
    }

    /**
     * The format node under a disk's device (query-block, while the device still exists), so that its nodes can
     * be deleted once the device is gone; null for NICs and empty drives.
     */
    static String formatNodeOf(QmpMonitor mon, DeviceDef dev) {
        if (!(dev instanceof DiskDef)) {
            return null;
        }
        for (QmpBlockInfo b : mon.queryBlock()) {
            String qdev = b.qdev();
            if (qdev != null && (qdev.equals(dev.alias()) || qdev.startsWith("/machine/peripheral/" + dev.alias() + "/"))) {
                return b.nodeName();
            }
        }
        return null;
    }

    /**
     * After DEVICE_DELETED: the backend goes (qemuDomainRemoveDevice): a disk's format and storage nodes, a NIC's
     * netdev. Failures are only logged, as libvirt does: the device itself is gone either way.
     */
    static void release(QmpMonitor mon, DomainDef live, DeviceDef dev, String formatNode) {
        try {
            switch (dev) {
                case DiskDef disk -> {
                    if (formatNode != null) {
                        mon.blockdevDel(formatNode);
                        if (formatNode.endsWith("-format")) {
                            mon.blockdevDel(formatNode.substring(0, formatNode.length() - "format".length()) + "storage");
                        }
                    }
                }
                case InterfaceDef net -> {
                    mon.netdevDel(HotplugProps.netdevId(net));
                    QemuInterfaces.system().disconnect(alone(live, net)); // its tap, if it has one
                }
                default -> { }
            }
        } catch (VirtException e) {
            System.getLogger(QemuHotplug.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot release the backend of " + dev.alias() + ": " + e.getMessage());
        }
    }

    /** A DEVICE_DELETED that came after detach stopped waiting: finish the removal under a job of our own. */
    static void finishLateRemoval(QemuDriver d, DomainObj obj, QemuDomainRuntime rt, String alias) {
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            DeviceDef dev;
            obj.lock();
            try {
                if (d.runtimes.get(obj.uuid()) != rt || !obj.isActive()) {
                    return;
                }
                dev = obj.def().devices().byAlias(alias);
            } finally {
                obj.unlock();
            }
            if (dev == null) {
                return;
            }
            release(rt.monitor, obj.def(), dev, rt.unplugNodes.remove(alias));
            obj.lock();
            try {
                obj.setDef(obj.def().withoutDevice(dev));
                d.saveStatus(obj, rt);
            } finally {
                obj.unlock();
            }
        } catch (RuntimeException e) {
            System.getLogger(QemuHotplug.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot finish removing " + alias + " from " + obj.name(), e);
        }
    }
}
