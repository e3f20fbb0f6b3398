package org.jvirt.driver.qemu;

import org.jvirt.conf.domain.ControllerDef;
import org.jvirt.conf.domain.DevicesDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.InputDef;

/**
 * The devices libvirt 9.0's QEMU driver adds to every i440fx guest it parses (qemuDomainDefAddDefaultDevices and
 * the implicit inputs): the PIIX3 USB controller (model piix3-uhci, also for a usb controller without a model),
 * the pci-root controller, and the PS/2 mouse and keyboard, in libvirt's order. They are built into the machine,
 * so only the USB controller reaches the command line.
 */
final class QemuImplicitDevices {

    private QemuImplicitDevices() {
    }

    static DomainDef apply(DomainDef def) {
        String machine = def.os().machine();
        if (machine == null || !(machine.equals("pc") || machine.startsWith("pc-i440fx-")) || !"hvm".equals(def.os().type())) {
            return def;
        }
        DevicesDef.Builder b = def.devices().toBuilder();
        boolean changed = false;
        int usb = -1;
        for (int i = 0; i < b.controllers.size(); i++) {
            ControllerDef c = b.controllers.get(i);
            if (c.type().equals("usb") && c.index() == 0) {
                usb = i;
                if (c.model() == null) {
                    b.controllers.set(i, new ControllerDef(c.type(), c.index(), "piix3-uhci", c.ports(), c.vectors(),
                            c.address(), c.children(), c.alias()));
                    changed = true;
                }
            }
        }
        if (usb < 0) {
            b.controllers.addFirst(new ControllerDef("usb", 0, "piix3-uhci", null, null, null));
            changed = true;
        }
        if (b.controllers.stream().noneMatch(c -> c.type().equals("pci"))) {
            int at = 0;
            while (at < b.controllers.size() && b.controllers.get(at).type().equals("usb")) {
                at++;
            }
            b.controllers.add(at, new ControllerDef("pci", 0, "pci-root", null, null, null));
            changed = true;
        }
        if (b.inputs.stream().noneMatch(i -> i.type().equals("mouse") && "ps2".equals(i.bus()))) {
            b.inputs.add(new InputDef("mouse", "ps2", null));
            changed = true;
        }
        if (b.inputs.stream().noneMatch(i -> i.type().equals("keyboard") && "ps2".equals(i.bus()))) {
            b.inputs.add(new InputDef("keyboard", "ps2", null));
            changed = true;
        }
        return changed ? def.withDevices(b.build()) : def;
    }
}
