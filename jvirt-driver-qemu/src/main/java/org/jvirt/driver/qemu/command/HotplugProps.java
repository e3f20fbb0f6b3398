package org.jvirt.driver.qemu.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.BitSet;
import java.util.List;
import org.jvirt.conf.domain.DeviceAddress;
import org.jvirt.conf.domain.DeviceDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.InterfaceDef;

/**
 * What hotplug sends QEMU: the same properties the command line uses (libvirt builds both from one
 * qemuBuild*Props), for a device whose alias and PCI address are already in its definition. Pure.
 */
public final class HotplugProps {

    private HotplugProps() {
    }

    /** blockdev-add storage, blockdev-add format, then device_add, for a disk whose nodes are "libvirt-N-*". */
    public static List<ObjectNode> disk(DiskDef disk, int node) {
        if (!"virtio".equals(disk.targetBus())) {
            throw new IllegalArgumentException("only virtio disks are hotplugged: " + disk.targetDev());
        }
        return DiskProps.props(disk, node, 0, pciAddr(disk.address()));
    }

    /**
     * A disk on a bus that cannot take hotplug (ide, sata, fdc): its nodes and device as on the command line, so
     * that QEMU's own refusal reaches the user as with libvirt ("Bus 'ide.0' does not support hotplugging").
     */
    public static List<ObjectNode> anyDisk(DiskDef disk, int node) {
        return DiskProps.props(disk, node, 0, null);
    }

    /** The format node name of blockdev node N (the one a disk's device uses). */
    public static String formatNode(int node) {
        return DiskProps.formatNode(node);
    }

    public static String storageNode(int node) {
        return DiskProps.storageNode(node);
    }

    /** netdev_add then device_add for a NIC (user-mode or socket backends). */
    public static List<ObjectNode> net(InterfaceDef net) {
        return NetProps.props(net, -1, 0, pciAddr(net.address()));
    }

    /** The netdev id of a NIC: "host" + its alias (hostnet1). */
    public static String netdevId(InterfaceDef net) {
        return "host" + net.alias();
    }

    /** The first free slot on pci.0 (slot 0 is the host bridge, 1 the PIIX3; a primary video card holds 2). */
    public static DeviceAddress.Pci nextPciSlot(DomainDef def) {
        BitSet used = new BitSet(32);
        used.set(0, 2);
        for (DeviceDef d : def.devices().all()) {
            if (address(d) instanceof DeviceAddress.Pci p && p.bus() == 0) {
                used.set(p.slot());
            }
        }
        int slot = used.nextClearBit(2);
        if (slot >= 32) {
            throw QemuOptions.unsupported("No more available PCI slots");
        }
        return new DeviceAddress.Pci(0, 0, slot, 0, null);
    }

    private static DeviceAddress address(DeviceDef d) {
        return switch (d) {
            case DiskDef x -> x.address();
            case InterfaceDef x -> x.address();
            case org.jvirt.conf.domain.ControllerDef x -> x.address();
            case org.jvirt.conf.domain.VideoDef x -> x.address();
            case org.jvirt.conf.domain.MemballoonDef x -> x.address();
            default -> null;
        };
    }

    private static String pciAddr(DeviceAddress a) {
        if (!(a instanceof DeviceAddress.Pci p)) {
            throw new IllegalArgumentException("no PCI address assigned");
        }
        return "0x" + Integer.toHexString(p.slot()) + (p.function() == 0 ? "" : ".0x" + Integer.toHexString(p.function()));
    }
}
