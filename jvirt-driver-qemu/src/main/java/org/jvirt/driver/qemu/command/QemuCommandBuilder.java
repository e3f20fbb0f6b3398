package org.jvirt.driver.qemu.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.domain.ChrDef;
import org.jvirt.conf.domain.ControllerDef;
import org.jvirt.conf.domain.DeviceDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.FeaturesDef;
import org.jvirt.conf.domain.GraphicsDef;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.conf.domain.MemballoonDef;
import org.jvirt.conf.domain.OsDef;
import org.jvirt.conf.domain.VideoDef;
import org.jvirt.driver.qemu.caps.QemuCaps;

/**
 * DomainDef + probed caps -> QEMU argv, a pure function (DESIGN rule 6) tested with golden files
 * (qemuxml2argv). The arguments and their order follow libvirt 9.0 on QEMU 7.2 (JSON -device / -blockdev /
 * -netdev), except: no master-key secret object, the monitor socket path is the caller's, and taps are opened
 * by name (see {@link NetProps}). Every element is one argv entry; nothing is ever joined into a shell line.
 * Elements the builder does not support are refused ("unsupported configuration"), never silently dropped.
 */
public final class QemuCommandBuilder {

    private QemuCommandBuilder() {
    }

    /** The full argv, emulator first; {@code monitorSocket} is where QEMU listens for QMP. */
    public static List<String> build(DomainDef def, QemuCaps caps, Path monitorSocket) {
        return build(def, caps, monitorSocket, false);
    }

    /**
     * As {@link #build(DomainDef, QemuCaps, Path)}; {@code incoming} adds {@code -incoming defer} (restore: the
     * state arrives later through migrate-incoming), where libvirt puts it: after video, before the balloon.
     */
    public static List<String> build(DomainDef def, QemuCaps caps, Path monitorSocket, boolean incoming) {
        List<String> a = new ArrayList<>();
        String machine = caps.canonicalMachine(def.os().machine());
        if (!machine.startsWith("pc-i440fx-")) {
            throw QemuOptions.unsupported("machine type '%s' is not supported yet", machine);
        }
        if (def.cpu() != null) {
            throw QemuOptions.unsupported("the <cpu> element is not supported yet");
        }
        if (def.maxMemoryKiB() > 0) {
            throw QemuOptions.unsupported("memory hotplug (<maxMemory>) is not supported yet");
        }
        a.add(def.devices().emulator() != null ? def.devices().emulator() : caps.binary());
        a.addAll(List.of("-name", "guest=" + QemuOptions.escapeComma(def.name()) + ",debug-threads=on", "-S"));
        a.addAll(List.of("-machine", machine + ",usb=off,dump-guest-core=off,memory-backend=pc.ram"));
        a.addAll(List.of("-accel", "kvm".equals(def.type()) ? "kvm" : "tcg", "-cpu", "qemu64"));
        long mib = (def.memoryKiB() + 1023) / 1024; // QEMU takes MiB; libvirt rounds up to a whole MiB
        ObjectNode ram = QemuOptions.props().put("qom-type", "memory-backend-ram").put("id", "pc.ram").put("size", mib << 20);
        a.addAll(List.of("-m", Long.toString(mib), "-object", QemuOptions.json(ram), "-overcommit", "mem-lock=off"));
        a.addAll(List.of("-smp", smp(def)));
        a.addAll(List.of("-uuid", def.uuid().toString()));
        if (def.devices().graphics().isEmpty()) {
            a.addAll(List.of("-display", "none"));
        }
        a.addAll(List.of("-no-user-config", "-nodefaults"));
        a.addAll(List.of("-chardev", "socket,id=charmonitor,path=" + QemuOptions.escapeComma(monitorSocket.toString())
                + ",server=on,wait=off", "-mon", "chardev=charmonitor,id=monitor,mode=control"));
        a.addAll(List.of("-rtc", "base=" + rtcBase(def), "-no-shutdown"));
        if (!features(def.features())) {
            a.add("-no-acpi");
        }
        a.addAll(List.of("-boot", boot(def.os())));
        os(def.os(), a);

        Map<DeviceDef, String> pci = QemuPciSlots.assign(def);
        Map<DeviceDef, Integer> bootIndex = bootIndexes(def);
        controllers(def, pci, a);
        List<DiskDef> disks = def.devices().disks();
        for (int i = 0; i < disks.size(); i++) {
            DiskDef d = disks.get(i);
            a.addAll(DiskProps.of(d, disks.size() - i, bootIndex.getOrDefault(d, 0), pci.get(d)));
        }
        List<InterfaceDef> nets = def.devices().interfaces();
        for (int i = 0; i < nets.size(); i++) {
            a.addAll(NetProps.of(nets.get(i), i, bootIndex.getOrDefault(nets.get(i), 0), pci.get(nets.get(i))));
        }
        serials(def, a);
        a.addAll(List.of("-audiodev", "{\"id\":\"audio1\",\"driver\":\"none\"}"));
        for (GraphicsDef g : def.devices().graphics()) {
            a.addAll(List.of("-vnc", vnc(g)));
        }
        for (VideoDef v : def.devices().videos()) {
            video(v, pci.get(v), a);
        }
        if (incoming) {
            a.addAll(List.of("-incoming", "defer"));
        }
        for (MemballoonDef m : def.devices().memballoons()) {
            balloon(m, pci.get(m), a);
        }
        if (!def.devices().parallels().isEmpty() || !def.devices().channels().isEmpty()
                || !def.devices().sounds().isEmpty() || !def.devices().watchdogs().isEmpty()
                || !def.devices().others().isEmpty()) {
            throw QemuOptions.unsupported("parallel ports, channels, sound, watchdogs and other devices are not supported yet");
        }
        a.addAll(List.of("-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny",
                "-msg", "timestamp=on"));
        return List.copyOf(a);
    }

    /** The device's alias (assigned by {@link QemuAliases} or the user's), else libvirt's default name. */
    private static String alias(DeviceDef d, String dflt) {
        return d.alias() != null ? d.alias() : dflt;
    }

    private static String smp(DomainDef def) {
        int max = def.vcpu().max();
        int current = def.vcpu().current() == 0 ? max : def.vcpu().current();
        return current + (current < max ? ",maxcpus=" + max : "") + ",sockets=" + max + ",cores=1,threads=1";
    }

    private static String rtcBase(DomainDef def) {
        if (def.clock() == null) {
            return "utc";
        }
        if (!def.clock().timers().isEmpty() || def.clock().adjustment() != null) {
            throw QemuOptions.unsupported("clock timers and adjustments are not supported yet");
        }
        return switch (def.clock().offset()) {
            case "utc" -> "utc";
            case "localtime" -> "localtime";
            default -> throw QemuOptions.unsupported("clock offset '%s' is not supported yet", def.clock().offset());
        };
    }

    /** True when ACPI is on; apic and pae need no argument on i440fx, anything else is refused. */
    private static boolean features(FeaturesDef features) {
        boolean acpi = false;
        for (FeaturesDef.Feature f : features.features()) {
            switch (f.name()) {
                case "acpi" -> acpi = !"off".equals(f.state());
                case "apic", "pae" -> { }
                default -> throw QemuOptions.unsupported("feature '%s' is not supported yet", f.name());
            }
        }
        return acpi;
    }

    private static String boot(OsDef os) {
        StringBuilder b = new StringBuilder();
        if ("yes".equals(os.bootMenu())) {
            b.append("menu=on,");
            if (os.bootMenuTimeout() != null) {
                b.append("splash-time=").append(os.bootMenuTimeout()).append(',');
            }
        }
        return b.append("strict=on").toString();
    }

    private static void os(OsDef os, List<String> a) {
        if (!"hvm".equals(os.type())) {
            throw QemuOptions.unsupported("os type '%s' is not supported by QEMU", os.type());
        }
        if (os.kernel() != null) {
            a.addAll(List.of("-kernel", os.kernel()));
        }
        if (os.initrd() != null) {
            a.addAll(List.of("-initrd", os.initrd()));
        }
        if (os.cmdline() != null) {
            a.addAll(List.of("-append", os.cmdline()));
        }
    }

    /**
     * bootindex per device: per-device {@code <boot order>} when any device has one, else the legacy
     * {@code <os><boot dev>} list, where each entry names the first device of its kind (as libvirt converts it).
     */
    static Map<DeviceDef, Integer> bootIndexes(DomainDef def) {
        Map<DeviceDef, Integer> out = new IdentityHashMap<>();
        def.devices().disks().stream().filter(d -> d.bootOrder() > 0).forEach(d -> out.put(d, d.bootOrder()));
        def.devices().interfaces().stream().filter(n -> n.bootOrder() > 0).forEach(n -> out.put(n, n.bootOrder()));
        if (!out.isEmpty()) {
            return out;
        }
        List<String> devs = def.os().bootDevs();
        for (int i = 0; i < devs.size(); i++) {
            String kind = devs.get(i);
            DeviceDef first = switch (kind) {
                case "network" -> def.devices().interfaces().stream().findFirst().orElse(null);
                case "hd" -> firstDisk(def, "disk");
                case "cdrom" -> firstDisk(def, "cdrom");
                case "fd" -> firstDisk(def, "floppy");
                default -> null;
            };
            if (first != null) {
                out.putIfAbsent(first, i + 1);
            }
        }
        return out;
    }

    private static DeviceDef firstDisk(DomainDef def, String device) {
        return def.devices().disks().stream().filter(d -> device.equals(d.device())).findFirst().orElse(null);
    }

    private static void controllers(DomainDef def, Map<DeviceDef, String> pci, List<String> a) {
        for (ControllerDef c : def.devices().controllers()) {
            switch (c.type()) {
                case "ide", "fdc", "pci" -> { } // built into the i440fx/PIIX3
                case "usb" -> {
                    if (c.model() == null || c.model().equals("piix3-uhci")) {
                        a.addAll(List.of("-device", "{\"driver\":\"piix3-usb-uhci\",\"id\":\"" + alias(c, "usb") + "\",\"bus\":\"pci.0\",\"addr\":\""
                                + QemuPciSlots.PIIX3_USB + "\"}"));
                    } else if (!c.model().equals("none")) {
                        throw QemuOptions.unsupported("USB controller model '%s' is not supported yet", c.model());
                    }
                }
                case "sata" -> a.addAll(List.of("-device", "{\"driver\":\"ahci\",\"id\":\"" + alias(c, "sata" + c.index())
                        + "\",\"bus\":\"pci.0\",\"addr\":\"" + pci.get(c) + "\"}"));
                default -> throw QemuOptions.unsupported("controller type '%s' is not supported yet", c.type());
            }
        }
    }

    private static void serials(DomainDef def, List<String> a) {
        List<ChrDef> serials = def.devices().serials();
        for (int i = 0; i < serials.size(); i++) {
            a.addAll(ChrProps.serial(serials.get(i), serials.get(i).targetPort() >= 0 ? serials.get(i).targetPort() : i));
        }
        for (ChrDef c : def.devices().consoles()) {
            // a serial console is the serial port itself; libvirt emits nothing more for it
            if (!"serial".equals(c.targetType())) {
                throw QemuOptions.unsupported("console target type '%s' is not supported yet", c.targetType());
            }
        }
    }

    private static String vnc(GraphicsDef g) {
        if (!"vnc".equals(g.type())) {
            throw QemuOptions.unsupported("graphics type '%s' is not supported yet", g.type());
        }
        if (g.port() < 5900) {
            throw new IllegalArgumentException("VNC port not assigned: the driver picks one before building");
        }
        String listen = g.listens().isEmpty() || g.listens().getFirst().address() == null
                ? "127.0.0.1" : g.listens().getFirst().address();
        return listen + ":" + (g.port() - 5900) + ",audiodev=audio1";
    }

    private static void video(VideoDef v, String addr, List<String> a) {
        switch (v.model()) {
            case "none" -> { }
            case "cirrus" -> a.addAll(List.of("-device",
                    "{\"driver\":\"cirrus-vga\",\"id\":\"" + alias(v, "video0") + "\",\"bus\":\"pci.0\",\"addr\":\"" + addr + "\"}"));
            default -> throw QemuOptions.unsupported("video model '%s' is not supported yet", v.model());
        }
    }

    private static void balloon(MemballoonDef m, String addr, List<String> a) {
        if ("none".equals(m.model())) {
            return;
        }
        if (!"virtio".equals(m.model())) {
            throw QemuOptions.unsupported("memballoon model '%s' is not supported", m.model());
        }
        ObjectNode p = QemuOptions.props().put("driver", "virtio-balloon-pci").put("id", alias(m, "balloon0"));
        if ("on".equals(m.autodeflate())) {
            p.put("deflate-on-oom", true);
        }
        a.addAll(List.of("-device", QemuOptions.json(p.put("bus", "pci.0").put("addr", addr))));
    }
}
