package org.jvirt.driver.qemu.command;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.domain.ControllerDef;
import org.jvirt.conf.domain.DeviceAddress;
import org.jvirt.conf.domain.DeviceDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.conf.domain.MemballoonDef;
import org.jvirt.conf.domain.VideoDef;

/**
 * PCI addresses on an i440fx machine's bus 0, in libvirt's order (qemuDomainAssignPCIAddresses): slot 0 is the
 * host bridge, slot 1 the PIIX3 (IDE, USB at 1.2), slot 2 the primary video card when there is one, then
 * controllers, NICs, virtio disks and the balloon take the next free slots. Addresses the XML already has are
 * kept. Pure: the driver can use the same answer to write the addresses into the live XML.
 */
final class QemuPciSlots {

    /** The PIIX3's USB function, where libvirt puts a piix3-uhci controller. */
    static final String PIIX3_USB = "0x1.0x2";
    private static final int SLOTS = 32;

    private QemuPciSlots() {
    }

    /** Every PCI device of {@code def} (by identity) and its "0xS" / "0xS.0xF" address on pci.0. */
    static Map<DeviceDef, String> assign(DomainDef def) {
        List<DeviceDef> order = new ArrayList<>();
        def.devices().videos().stream().filter(VideoDef::primary).forEach(order::add);
        def.devices().controllers().stream().filter(QemuPciSlots::isPciController).forEach(order::add);
        order.addAll(def.devices().interfaces());
        def.devices().disks().stream().filter(d -> "virtio".equals(d.targetBus())).forEach(order::add);
        def.devices().videos().stream().filter(v -> !v.primary()).forEach(order::add);
        def.devices().memballoons().stream().filter(m -> "virtio".equals(m.model())).forEach(order::add);

        BitSet used = new BitSet(SLOTS);
        used.set(0, 2); // host bridge, PIIX3
        Map<DeviceDef, String> out = new IdentityHashMap<>();
        for (DeviceDef d : order) {
            if (address(d) instanceof DeviceAddress.Pci p) {
                if (p.bus() == 0) {
                    used.set(p.slot());
                }
                out.put(d, p.function() == 0 ? hex(p.slot()) : hex(p.slot()) + "." + hex(p.function()));
            }
        }
        if (!order.isEmpty() && order.getFirst() instanceof VideoDef v && v.primary() && !out.containsKey(v)) {
            used.set(2); // reserved for the primary video even when it comes later in the walk
            out.put(v, hex(2));
        }
        for (DeviceDef d : order) {
            if (!out.containsKey(d)) {
                int slot = used.nextClearBit(2);
                if (slot >= SLOTS) {
                    throw QemuOptions.unsupported("No more available PCI slots");
                }
                used.set(slot);
                out.put(d, hex(slot));
            }
        }
        return out;
    }

    /** The controllers with a PCI function of their own; IDE, FDC and the PIIX3 USB are part of slot 1. */
    private static boolean isPciController(ControllerDef c) {
        return "sata".equals(c.type());
    }

    private static DeviceAddress address(DeviceDef d) {
        return switch (d) {
            case DiskDef x -> x.address();
            case InterfaceDef x -> x.address();
            case ControllerDef x -> x.address();
            case VideoDef x -> x.address();
            case MemballoonDef x -> x.address();
            default -> null;
        };
    }

    private static String hex(int n) {
        return "0x" + Integer.toHexString(n);
    }
}
