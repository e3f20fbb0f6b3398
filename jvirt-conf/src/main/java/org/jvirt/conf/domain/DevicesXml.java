package org.jvirt.conf.domain;

import java.util.List;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/**
 * {@code <devices>}: dispatches each child to its family parser and keeps libvirt's list order rules
 * (disks sorted within a bus as they are inserted, controllers grouped by type, serial ports numbered).
 */
final class DevicesXml {

    private DevicesXml() {
    }

    static DevicesDef parse(Element root, String osType, boolean inactive) {
        Element devs = Dom.child(root, "devices");
        DevicesDef.Builder b = new DevicesDef.Builder();
        if (devs == null) {
            return b.build();
        }
        for (Element e : Dom.elements(devs)) {
            if (Dom.localName(e).equals("emulator")) {
                String em = e.getTextContent().strip();
                if (b.emulator == null && !em.isEmpty()) {
                    b.emulator = em;
                }
                continue;
            }
            DeviceDef d = parseOne(e, osType, inactive);
            if (d == null) {
                continue; // unknown device elements are ignored, as libvirt does
            }
            switch (d) {
                case DiskDef disk -> insertDisk(b.disks, disk);
                case ControllerDef c -> insertController(b.controllers, c);
                case ChrDef c when c.kind() == ChrDef.Kind.SERIAL -> b.serials.add(numberPort(b.serials, c));
                case ChrDef c when c.kind() == ChrDef.Kind.PARALLEL -> b.parallels.add(numberPort(b.parallels, c));
                default -> b.add(d);
            }
        }
        return b.build();
    }

    static DeviceDef parseDevice(Element e, DomainDef context, DomainParseOptions opts) {
        return parseOne(e, context.os() == null ? "hvm" : context.os().type(), opts.inactive());
    }

    private static DeviceDef parseOne(Element e, String osType, boolean inactive) {
        DeviceDef d = parseFamily(e, osType, inactive);
        if (d == null) {
            return null;
        }
        String alias = AddressXml.parseAlias(e, inactive);
        return java.util.Objects.equals(alias, d.alias()) ? d : d.withAlias(alias);
    }

    private static DeviceDef parseFamily(Element e, String osType, boolean inactive) {
        return switch (Dom.localName(e)) {
            case "disk" -> DiskXml.parse(e);
            case "controller" -> MiscDevicesXml.parseController(e);
            case "interface" -> InterfaceXml.parse(e, inactive);
            case "serial" -> ChrXml.parse(e, ChrDef.Kind.SERIAL, inactive);
            case "parallel" -> ChrXml.parse(e, ChrDef.Kind.PARALLEL, inactive);
            case "console" -> ChrXml.parse(e, ChrDef.Kind.CONSOLE, inactive);
            case "channel" -> ChrXml.parse(e, ChrDef.Kind.CHANNEL, inactive);
            case "input" -> MiscDevicesXml.parseInput(e, osType);
            case "graphics" -> GraphicsXml.parse(e);
            case "sound" -> MiscDevicesXml.parseSound(e);
            case "video" -> MiscDevicesXml.parseVideo(e);
            case "watchdog" -> MiscDevicesXml.parseWatchdog(e);
            case "memballoon" -> MiscDevicesXml.parseMemballoon(e);
            default -> ExtraDevicesXml.handles(Dom.localName(e)) ? ExtraDevicesXml.parse(e) : null;
        };
    }

    /**
     * virDomainDiskInsert: a disk goes before the first later disk on the same bus with a higher target index,
     * else right after the last disk on its bus, else at the end. Buses are as written (unset counts as one bus).
     */
    static void insertDisk(List<DiskDef> disks, DiskDef disk) {
        int insertAt = -1;
        int newIdx = DiskXml.nameToIndex(disk.targetDev());
        for (int i = disks.size() - 1; i >= 0; i--) {
            DiskDef d = disks.get(i);
            if (!java.util.Objects.equals(d.targetBus(), disk.targetBus())) {
                continue;
            }
            if (DiskXml.nameToIndex(d.targetDev()) > newIdx) {
                insertAt = i;
            } else if (insertAt == -1) {
                insertAt = i + 1;
            }
        }
        if (insertAt == -1) {
            disks.add(disk);
        } else {
            disks.add(insertAt, disk);
        }
    }

    /** virDomainControllerInsert: grouped by type, ascending index within a type, new types appended. */
    static void insertController(List<ControllerDef> ctrls, ControllerDef c) {
        int insertAt = -1;
        for (int i = ctrls.size() - 1; i >= 0; i--) {
            ControllerDef cur = ctrls.get(i);
            if (!cur.type().equals(c.type())) {
                continue;
            }
            if (c.index() == -1) {
                insertAt = i + 1;
                break;
            }
            if (cur.index() > c.index()) {
                insertAt = i;
            } else if (insertAt == -1) {
                insertAt = i + 1;
            }
        }
        if (insertAt == -1) {
            ctrls.add(c);
        } else {
            ctrls.add(insertAt, c);
        }
    }

    /** A serial/parallel without a port gets one past the highest port of those before it. */
    private static ChrDef numberPort(List<ChrDef> before, ChrDef c) {
        if (c.targetPort() >= 0) {
            return c;
        }
        int max = -1;
        for (ChrDef o : before) {
            max = Math.max(max, o.targetPort());
        }
        return c.withTarget(c.targetType(), max + 1);
    }

    static void format(XmlWriter w, DomainDef def, DomainFormatOptions opts) {
        DevicesDef d = def.devices();
        w.open("devices");
        w.element("emulator", d.emulator());
        for (DiskDef x : d.disks()) {
            DiskXml.format(w, x);
        }
        for (ControllerDef x : d.controllers()) {
            MiscDevicesXml.formatController(w, x);
        }
        ExtraDevicesXml.format(w, d.others(), ExtraDevicesXml.AFTER_CONTROLLERS, opts);
        for (InterfaceDef x : d.interfaces()) {
            InterfaceXml.format(w, x);
        }
        ExtraDevicesXml.format(w, d.others(), ExtraDevicesXml.AFTER_INTERFACES, opts);
        for (ChrDef x : d.serials()) {
            ChrXml.format(w, x, x, opts);
        }
        for (ChrDef x : d.parallels()) {
            ChrXml.format(w, x, x, opts);
        }
        for (int i = 0; i < d.consoles().size(); i++) {
            ChrDef c = d.consoles().get(i);
            boolean alias = i == 0 && "hvm".equals(def.os().type()) && !d.serials().isEmpty()
                    && (c.targetType() == null || c.targetType().equals("serial"));
            ChrXml.format(w, c, alias ? d.serials().getFirst() : c, opts);
        }
        for (ChrDef x : d.channels()) {
            ChrXml.format(w, x, x, opts);
        }
        for (InputDef x : d.inputs()) {
            MiscDevicesXml.formatInput(w, x);
        }
        ExtraDevicesXml.format(w, d.others(), ExtraDevicesXml.AFTER_INPUTS, opts);
        for (GraphicsDef x : d.graphics()) {
            GraphicsXml.format(w, x, opts);
        }
        for (SoundDef x : d.sounds()) {
            MiscDevicesXml.formatSound(w, x);
        }
        ExtraDevicesXml.format(w, d.others(), ExtraDevicesXml.AFTER_SOUNDS, opts);
        for (VideoDef x : d.videos()) {
            MiscDevicesXml.formatVideo(w, x);
        }
        ExtraDevicesXml.format(w, d.others(), ExtraDevicesXml.AFTER_VIDEOS, opts);
        for (WatchdogDef x : d.watchdogs()) {
            MiscDevicesXml.formatWatchdog(w, x);
        }
        for (MemballoonDef x : d.memballoons()) {
            MiscDevicesXml.formatMemballoon(w, x);
        }
        ExtraDevicesXml.format(w, d.others(), ExtraDevicesXml.AFTER_MEMBALLOONS, opts);
        w.body().end("devices");
    }

    static void formatDevice(XmlWriter w, DeviceDef dev, DomainFormatOptions opts) {
        switch (dev) {
            case DiskDef x -> DiskXml.format(w, x);
            case ControllerDef x -> MiscDevicesXml.formatController(w, x);
            case InterfaceDef x -> InterfaceXml.format(w, x);
            case ChrDef x -> ChrXml.format(w, x, x, opts);
            case InputDef x -> MiscDevicesXml.formatInput(w, x);
            case GraphicsDef x -> GraphicsXml.format(w, x, opts);
            case SoundDef x -> MiscDevicesXml.formatSound(w, x);
            case VideoDef x -> MiscDevicesXml.formatVideo(w, x);
            case WatchdogDef x -> MiscDevicesXml.formatWatchdog(w, x);
            case MemballoonDef x -> MiscDevicesXml.formatMemballoon(w, x);
            case OtherDeviceDef x -> ExtraDevicesXml.format(w, x, opts);
        }
    }
}
