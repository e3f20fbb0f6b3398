package org.jvirt.conf.domain;

import java.util.UUID;

/**
 * A domain's configuration, immutable. Derive changed copies with the {@code with...} methods or
 * {@link #toBuilder()}. Memory sizes are in KiB, as libvirt stores them.
 *
 * @param type the virt type ("test", "qemu", "kvm", "xen", ...)
 * @param metadata the {@code <metadata>} element as libxml2 formats libvirt's stored copy of it (indentation
 *        relative to the element, namespace declarations it needs carried onto it, {@code <metadata/>} when
 *        empty), or null when there is none
 * @param maxMemoryKiB {@code <maxMemory>} or 0 when absent
 * @param maxMemorySlots {@code <maxMemory slots=>}
 * @param memoryKiB {@code <memory>}: the maximum allocation
 * @param currentMemoryKiB {@code <currentMemory>}: the balloon target (post-parse: memory when absent)
 * @param numatune the {@code <numatune>} or null
 * @param bootloader Xen paravirt host-side bootloader (e.g. /usr/bin/pygrub) or null
 * @param features never null; {@link FeaturesDef#NONE} when absent
 * @param cpu the {@code <cpu>} or null
 * @param clock never null after post-parse
 * @param extras tuning, sysinfo, seclabels and the other tree-kept top-level elements; never null
 */
public record DomainDef(String type, String name, UUID uuid, String title, String description, String metadata,
        long maxMemoryKiB, int maxMemorySlots, long memoryKiB, long currentMemoryKiB, VcpuDef vcpu,
        NumatuneDef numatune, String bootloader, String bootloaderArgs, OsDef os, FeaturesDef features, CpuDef cpu, ClockDef clock,
        LifecycleAction onPoweroff, LifecycleAction onReboot, LifecycleAction onCrash, DevicesDef devices,
        DomainExtrasDef extras) {

    public DomainDef {
        extras = extras == null ? DomainExtrasDef.NONE : extras;
    }

    /** The original component list, without {@link #extras()}. */
    public DomainDef(String type, String name, UUID uuid, String title, String description, String metadata,
            long maxMemoryKiB, int maxMemorySlots, long memoryKiB, long currentMemoryKiB, VcpuDef vcpu,
            NumatuneDef numatune, String bootloader, String bootloaderArgs, OsDef os, FeaturesDef features,
            CpuDef cpu, ClockDef clock, LifecycleAction onPoweroff, LifecycleAction onReboot,
            LifecycleAction onCrash, DevicesDef devices) {
        this(type, name, uuid, title, description, metadata, maxMemoryKiB, maxMemorySlots, memoryKiB,
                currentMemoryKiB, vcpu, numatune, bootloader, bootloaderArgs, os, features, cpu, clock, onPoweroff,
                onReboot, onCrash, devices, DomainExtrasDef.NONE);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public DomainDef withName(String n) {
        return toBuilder().name(n).build();
    }

    public DomainDef withUuid(UUID u) {
        return toBuilder().uuid(u).build();
    }

    public DomainDef withTitle(String t) {
        return toBuilder().title(t).build();
    }

    public DomainDef withDescription(String d) {
        return toBuilder().description(d).build();
    }

    public DomainDef withMetadata(String m) {
        return toBuilder().metadata(m).build();
    }

    /** setmem: the current (balloon) size. */
    public DomainDef withCurrentMemory(long kib) {
        return toBuilder().currentMemoryKiB(kib).build();
    }

    /** setmaxmem: the maximum allocation; the current size is clamped to it as libvirt does. */
    public DomainDef withMemory(long kib) {
        return toBuilder().memoryKiB(kib).currentMemoryKiB(Math.min(currentMemoryKiB, kib)).build();
    }

    public DomainDef withMaxMemory(long kib, int slots) {
        return toBuilder().maxMemoryKiB(kib).maxMemorySlots(slots).build();
    }

    public DomainDef withVcpu(VcpuDef v) {
        return toBuilder().vcpu(v).build();
    }

    public DomainDef withOs(OsDef o) {
        return toBuilder().os(o).build();
    }

    public DomainDef withDevices(DevicesDef d) {
        return toBuilder().devices(d).build();
    }

    /** attach-device (config): the device appended to its family list. */
    public DomainDef withDevice(DeviceDef dev) {
        return withDevices(devices.plus(dev));
    }

    /** detach-device (config): the given (matched) device removed. */
    public DomainDef withoutDevice(DeviceDef dev) {
        return withDevices(devices.minus(dev));
    }

    /** Mutable builder; every field starts from the copied definition (or libvirt's defaults). */
    public static final class Builder {
        private String type;
        private String name;
        private UUID uuid;
        private String title;
        private String description;
        private String metadata;
        private long maxMemoryKiB;
        private int maxMemorySlots;
        private long memoryKiB;
        private long currentMemoryKiB;
        private VcpuDef vcpu = VcpuDef.DEFAULT;
        private NumatuneDef numatune;
        private String bootloader;
        private String bootloaderArgs;
        private OsDef os;
        private FeaturesDef features = FeaturesDef.NONE;
        private CpuDef cpu;
        private ClockDef clock = ClockDef.UTC;
        private LifecycleAction onPoweroff = LifecycleAction.DESTROY;
        private LifecycleAction onReboot = LifecycleAction.RESTART;
        private LifecycleAction onCrash = LifecycleAction.DESTROY;
        private DevicesDef devices = DevicesDef.EMPTY;
        private DomainExtrasDef extras = DomainExtrasDef.NONE;

        public Builder() {
        }

        Builder(DomainDef d) {
            type = d.type;
            name = d.name;
            uuid = d.uuid;
            title = d.title;
            description = d.description;
            metadata = d.metadata;
            maxMemoryKiB = d.maxMemoryKiB;
            maxMemorySlots = d.maxMemorySlots;
            memoryKiB = d.memoryKiB;
            currentMemoryKiB = d.currentMemoryKiB;
            vcpu = d.vcpu;
            numatune = d.numatune;
            bootloader = d.bootloader;
            bootloaderArgs = d.bootloaderArgs;
            os = d.os;
            features = d.features;
            cpu = d.cpu;
            clock = d.clock;
            onPoweroff = d.onPoweroff;
            onReboot = d.onReboot;
            onCrash = d.onCrash;
            devices = d.devices;
            extras = d.extras;
        }

        public Builder type(String v) { type = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder uuid(UUID v) { uuid = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder metadata(String v) { metadata = v; return this; }
        public Builder maxMemoryKiB(long v) { maxMemoryKiB = v; return this; }
        public Builder maxMemorySlots(int v) { maxMemorySlots = v; return this; }
        public Builder memoryKiB(long v) { memoryKiB = v; return this; }
        public Builder currentMemoryKiB(long v) { currentMemoryKiB = v; return this; }
        public Builder vcpu(VcpuDef v) { vcpu = v; return this; }
        public Builder numatune(NumatuneDef v) { numatune = v; return this; }
        public Builder bootloader(String v) { bootloader = v; return this; }
        public Builder bootloaderArgs(String v) { bootloaderArgs = v; return this; }
        public Builder os(OsDef v) { os = v; return this; }
        public Builder features(FeaturesDef v) { features = v; return this; }
        public Builder cpu(CpuDef v) { cpu = v; return this; }
        public Builder clock(ClockDef v) { clock = v; return this; }
        public Builder onPoweroff(LifecycleAction v) { onPoweroff = v; return this; }
        public Builder onReboot(LifecycleAction v) { onReboot = v; return this; }
        public Builder onCrash(LifecycleAction v) { onCrash = v; return this; }
        public Builder devices(DevicesDef v) { devices = v; return this; }
        public Builder extras(DomainExtrasDef v) { extras = v; return this; }

        public String type() { return type; }
        public String name() { return name; }
        public UUID uuid() { return uuid; }
        public long memoryKiB() { return memoryKiB; }
        public long currentMemoryKiB() { return currentMemoryKiB; }
        public OsDef os() { return os; }
        public DevicesDef devices() { return devices; }
        public VcpuDef vcpu() { return vcpu; }
        public FeaturesDef features() { return features; }
        public CpuDef cpu() { return cpu; }
        public NumatuneDef numatune() { return numatune; }
        public ClockDef clock() { return clock; }
        public DomainExtrasDef extras() { return extras; }

        public DomainDef build() {
            return new DomainDef(type, name, uuid, title, description, metadata, maxMemoryKiB, maxMemorySlots,
                    memoryKiB, currentMemoryKiB, vcpu, numatune, bootloader, bootloaderArgs, os, features, cpu, clock,
                    onPoweroff, onReboot, onCrash, devices, extras);
        }
    }
}
