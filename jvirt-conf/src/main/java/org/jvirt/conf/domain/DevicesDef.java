package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <devices>}: one list per device family, in the order libvirt writes the families.
 *
 * @param emulator the {@code <emulator>} path or null
 * @param others the families kept as canonical trees (filesystem, hostdev, rng, tpm, panic, ...), in document
 *        order; the formatter places each family where libvirt writes it
 */
public record DevicesDef(String emulator, List<DiskDef> disks, List<ControllerDef> controllers,
        List<InterfaceDef> interfaces, List<ChrDef> serials, List<ChrDef> parallels, List<ChrDef> consoles,
        List<ChrDef> channels, List<InputDef> inputs, List<GraphicsDef> graphics, List<SoundDef> sounds,
        List<VideoDef> videos, List<WatchdogDef> watchdogs, List<MemballoonDef> memballoons,
        List<OtherDeviceDef> others) {

    public static final DevicesDef EMPTY = new DevicesDef(null, List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** The definition without any of the tree-kept families (the original component list). */
    public DevicesDef(String emulator, List<DiskDef> disks, List<ControllerDef> controllers,
            List<InterfaceDef> interfaces, List<ChrDef> serials, List<ChrDef> parallels, List<ChrDef> consoles,
            List<ChrDef> channels, List<InputDef> inputs, List<GraphicsDef> graphics, List<SoundDef> sounds,
            List<VideoDef> videos, List<WatchdogDef> watchdogs, List<MemballoonDef> memballoons) {
        this(emulator, disks, controllers, interfaces, serials, parallels, consoles, channels, inputs, graphics,
                sounds, videos, watchdogs, memballoons, List.of());
    }

    public DevicesDef {
        disks = List.copyOf(disks);
        controllers = List.copyOf(controllers);
        interfaces = List.copyOf(interfaces);
        serials = List.copyOf(serials);
        parallels = List.copyOf(parallels);
        consoles = List.copyOf(consoles);
        channels = List.copyOf(channels);
        inputs = List.copyOf(inputs);
        graphics = List.copyOf(graphics);
        sounds = List.copyOf(sounds);
        videos = List.copyOf(videos);
        watchdogs = List.copyOf(watchdogs);
        memballoons = List.copyOf(memballoons);
        others = others == null ? List.of() : List.copyOf(others);
    }

    /** A mutable copy, for post-parse and for drivers deriving a changed definition. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public DevicesDef withDisks(List<DiskDef> l) {
        return toBuilder().disks(l).build();
    }

    public DevicesDef withInterfaces(List<InterfaceDef> l) {
        return toBuilder().interfaces(l).build();
    }

    /** Every device in document order of the families (graphics included); for lookups by alias or address. */
    public List<DeviceDef> all() {
        List<DeviceDef> out = new ArrayList<>();
        out.addAll(disks);
        out.addAll(controllers);
        out.addAll(interfaces);
        out.addAll(serials);
        out.addAll(parallels);
        out.addAll(consoles);
        out.addAll(channels);
        out.addAll(inputs);
        out.addAll(graphics);
        out.addAll(sounds);
        out.addAll(videos);
        out.addAll(watchdogs);
        out.addAll(memballoons);
        out.addAll(others);
        return out;
    }

    /** The device with this alias, or null (virDomainDefFindDevice by alias). */
    public DeviceDef byAlias(String alias) {
        for (DeviceDef d : all()) {
            if (alias.equals(d.alias())) {
                return d;
            }
        }
        return null;
    }

    /** Appends a device to its family list (attach-device, after the driver checked for conflicts). */
    public DevicesDef plus(DeviceDef dev) {
        Builder b = toBuilder();
        if (dev instanceof DiskDef disk) {
            DevicesXml.insertDisk(b.disks, disk); // virDomainDiskInsert: next to its bus neighbours, by target
        } else {
            b.add(dev);
        }
        return b.build();
    }

    /** The same list with {@code old} (by identity or equality, first match) replaced (update-device). */
    public DevicesDef replacing(DeviceDef old, DeviceDef dev) {
        Builder b = toBuilder();
        List<Object> l = b.listFor(old);
        int i = l.indexOf(old);
        if (i < 0) {
            throw new IllegalArgumentException("no such device: " + old);
        }
        l.set(i, dev);
        return b.build();
    }

    /** Removes the first device equal to dev (detach-device after the driver found the match). */
    public DevicesDef minus(DeviceDef dev) {
        Builder b = toBuilder();
        b.listFor(dev).remove(dev);
        return b.build();
    }

    /** Mutable collector of device lists. */
    public static final class Builder {
        public String emulator;
        public final List<DiskDef> disks;
        public final List<ControllerDef> controllers;
        public final List<InterfaceDef> interfaces;
        public final List<ChrDef> serials;
        public final List<ChrDef> parallels;
        public final List<ChrDef> consoles;
        public final List<ChrDef> channels;
        public final List<InputDef> inputs;
        public final List<GraphicsDef> graphics;
        public final List<SoundDef> sounds;
        public final List<VideoDef> videos;
        public final List<WatchdogDef> watchdogs;
        public final List<MemballoonDef> memballoons;
        public final List<OtherDeviceDef> others;

        public Builder() {
            this(EMPTY);
        }

        Builder(DevicesDef d) {
            emulator = d.emulator;
            disks = new ArrayList<>(d.disks);
            controllers = new ArrayList<>(d.controllers);
            interfaces = new ArrayList<>(d.interfaces);
            serials = new ArrayList<>(d.serials);
            parallels = new ArrayList<>(d.parallels);
            consoles = new ArrayList<>(d.consoles);
            channels = new ArrayList<>(d.channels);
            inputs = new ArrayList<>(d.inputs);
            graphics = new ArrayList<>(d.graphics);
            sounds = new ArrayList<>(d.sounds);
            videos = new ArrayList<>(d.videos);
            watchdogs = new ArrayList<>(d.watchdogs);
            memballoons = new ArrayList<>(d.memballoons);
            others = new ArrayList<>(d.others);
        }

        public Builder disks(List<DiskDef> l) {
            disks.clear();
            disks.addAll(l);
            return this;
        }

        public Builder interfaces(List<InterfaceDef> l) {
            interfaces.clear();
            interfaces.addAll(l);
            return this;
        }

        public Builder add(DeviceDef dev) {
            listFor(dev).add(dev);
            return this;
        }

        @SuppressWarnings("unchecked")
        List<Object> listFor(DeviceDef dev) {
            List<?> l = switch (dev) {
                case DiskDef d -> disks;
                case ControllerDef c -> controllers;
                case InterfaceDef i -> interfaces;
                case ChrDef c -> switch (c.kind()) {
                    case SERIAL -> serials;
                    case PARALLEL -> parallels;
                    case CONSOLE -> consoles;
                    case CHANNEL -> channels;
                };
                case InputDef i -> inputs;
                case GraphicsDef g -> graphics;
                case SoundDef s -> sounds;
                case VideoDef v -> videos;
                case WatchdogDef w -> watchdogs;
                case MemballoonDef m -> memballoons;
                case OtherDeviceDef o -> others;
            };
            return (List<Object>) l;
        }

        public DevicesDef build() {
            return new DevicesDef(emulator, disks, controllers, interfaces, serials, parallels, consoles, channels,
                    inputs, graphics, sounds, videos, watchdogs, memballoons, others);
        }
    }
}
