package org.jvirt;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainSnapshotCreateFlag;
import org.jvirt.spi.DomainRef;

/**
 * A handle on a domain (libvirt's virDomain): the connection plus name, UUID and the ID it had when looked up
 * (-1 when inactive). Every method goes through {@link Dispatch}; the driver finds the live object by UUID.
 */
public final class Domain {

    private final Connect conn;
    private final DomainRef ref;

    Domain(Connect conn, DomainRef ref) {
        this.conn = Objects.requireNonNull(conn);
        this.ref = Objects.requireNonNull(ref);
    }

    public Connect getConnect() {
        return conn;
    }

    public String getName() {
        return ref.name();
    }

    public UUID getUUID() {
        return ref.uuid();
    }

    public String getUUIDString() {
        return ref.uuid().toString();
    }

    /** The ID when the handle was obtained, -1 for an inactive domain (virDomainGetID returns (unsigned)-1). */
    public int getID() {
        return ref.id();
    }

    /** The identity the drivers see; for protocol layers. */
    public DomainRef ref() {
        return ref;
    }

    public void create() {
        create(0);
    }

    /** virDomainCreateWithFlags: flags are DomainCreateFlag. */
    public void create(int flags) {
        Dispatch.write(conn, "virDomainCreateWithFlags", () -> conn.hv().domainCreateWithFlags(ref, flags));
    }

    /** virDomainShutdown: as shutdown(0), but errors name virDomainShutdown the way libvirt's own entry point does. */
    public void shutdown() {
        Dispatch.write(conn, "virDomainShutdown", () -> conn.hv().domainShutdownFlags(ref, 0));
    }

    public void shutdown(int flags) {
        Dispatch.write(conn, "virDomainShutdownFlags", () -> conn.hv().domainShutdownFlags(ref, flags));
    }

    public void reboot(int flags) {
        Dispatch.write(conn, "virDomainReboot", () -> conn.hv().domainReboot(ref, flags));
    }

    public void reset(int flags) {
        Dispatch.write(conn, "virDomainReset", () -> conn.hv().domainReset(ref, flags));
    }

    /** virDomainDestroy: as destroy(0), but errors name virDomainDestroy the way libvirt's own entry point does. */
    public void destroy() {
        Dispatch.write(conn, "virDomainDestroy", () -> conn.hv().domainDestroyFlags(ref, 0));
    }

    public void destroy(int flags) {
        Dispatch.write(conn, "virDomainDestroyFlags", () -> conn.hv().domainDestroyFlags(ref, flags));
    }

    public void suspend() {
        Dispatch.write(conn, "virDomainSuspend", () -> conn.hv().domainSuspend(ref));
    }

    public void resume() {
        Dispatch.write(conn, "virDomainResume", () -> conn.hv().domainResume(ref));
    }

    /** virDomainSave: as save(path, null, 0), but errors name virDomainSave. */
    public void save(String path) {
        Dispatch.write(conn, "virDomainSave", () -> conn.hv().domainSaveFlags(ref,
                Connect.absolutePath(Connect.requireArg(path, "to", "virDomainSave")), null, 0));
    }

    /** virDomainSaveFlags: dxml (may be null) replaces the XML stored in the image. */
    public void save(String path, String dxml, int flags) {
        Dispatch.write(conn, "virDomainSaveFlags", () -> {
            String to = Connect.absolutePath(Connect.requireArg(path, "to", "virDomainSaveFlags"));
            Connect.checkSaveFlags(flags);
            conn.hv().domainSaveFlags(ref, to, dxml, flags);
        });
    }

    public void managedSave(int flags) {
        Dispatch.write(conn, "virDomainManagedSave", () -> {
            Connect.checkSaveFlags(flags);
            conn.hv().domainManagedSave(ref, flags);
        });
    }

    public boolean hasManagedSaveImage(int flags) {
        return Dispatch.read(conn, "virDomainHasManagedSaveImage", () -> conn.hv().domainHasManagedSaveImage(ref, flags));
    }

    public void managedSaveRemove(int flags) {
        Dispatch.write(conn, "virDomainManagedSaveRemove", () -> conn.hv().domainManagedSaveRemove(ref, flags));
    }

    /** virDomainCoreDump: the raw format; errors name virDomainCoreDump. */
    public void coreDump(String path, int flags) {
        Dispatch.write(conn, "virDomainCoreDump", () -> conn.hv().domainCoreDumpWithFormat(ref,
                Connect.absolutePath(Connect.requireArg(path, "to", "virDomainCoreDump")), 0, flags));
    }

    public void coreDumpWithFormat(String path, int format, int flags) {
        Dispatch.write(conn, "virDomainCoreDumpWithFormat", () -> conn.hv().domainCoreDumpWithFormat(ref,
                Connect.absolutePath(Connect.requireArg(path, "to", "virDomainCoreDumpWithFormat")), format, flags));
    }

    public DomainInfo getInfo() {
        return Dispatch.read(conn, "virDomainGetInfo", () -> conn.hv().domainGetInfo(ref));
    }

    public DomainStateReason getState(int flags) {
        return Dispatch.read(conn, "virDomainGetState", () -> conn.hv().domainGetState(ref, flags));
    }

    public String getOSType() {
        return Dispatch.read(conn, "virDomainGetOSType", () -> conn.hv().domainGetOSType(ref));
    }

    /** In KiB. */
    public long getMaxMemory() {
        return Dispatch.read(conn, "virDomainGetMaxMemory", () -> conn.hv().domainGetMaxMemory(ref));
    }

    public void setMaxMemory(long kib) {
        Dispatch.write(conn, "virDomainSetMaxMemory", () -> {
            checkMemory(kib, "virDomainSetMaxMemory");
            conn.hv().domainSetMaxMemory(ref, kib);
        });
    }

    /** virDomainSetMemoryFlags: flags are DomainMemoryModFlag. */
    public void setMemory(long kib, int flags) {
        Dispatch.write(conn, "virDomainSetMemoryFlags", () -> {
            checkMemory(kib, "virDomainSetMemoryFlags");
            conn.hv().domainSetMemoryFlags(ref, kib, flags);
        });
    }

    /** virDomainSetVcpus: the live vCPU count (AFFECT_LIVE, as libvirt's drivers map the flag-less call). */
    public void setVcpus(int nvcpus) {
        String fn = "virDomainSetVcpus";
        Dispatch.write(conn, fn, () -> {
            if (nvcpus == 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "nvcpus in " + fn + " must not be zero", fn, "nvcpus");
            }
            conn.hv().domainSetVcpusFlags(ref, nvcpus, org.jvirt.flags.DomainModificationImpact.LIVE.value());
        });
    }

    /** virDomainSetVcpusFlags: flags are DomainVcpuFlag. */
    public void setVcpus(int nvcpus, int flags) {
        Dispatch.write(conn, "virDomainSetVcpusFlags", () -> conn.hv().domainSetVcpusFlags(ref, nvcpus, flags));
    }

    public int getVcpus(int flags) {
        return Dispatch.read(conn, "virDomainGetVcpusFlags", () -> conn.hv().domainGetVcpusFlags(ref, flags));
    }

    public int getMaxVcpus() {
        return Dispatch.read(conn, "virDomainGetMaxVcpus", () -> conn.hv().domainGetMaxVcpus(ref));
    }

    /** virDomainGetVcpus: per-vCPU info with affinity. */
    public List<VcpuInfo> getVcpuInfo() {
        return Dispatch.read(conn, "virDomainGetVcpus", () -> conn.hv().domainGetVcpus(ref));
    }

    /** virDomainPinVcpu: flags 0 (the current state), as libvirt's test driver maps the flag-less call. */
    public void pinVcpu(int vcpu, boolean[] cpumap) {
        Dispatch.write(conn, "virDomainPinVcpu", () -> conn.hv().domainPinVcpuFlags(ref, vcpu, cpumap, 0));
    }

    public void pinVcpu(int vcpu, boolean[] cpumap, int flags) {
        Dispatch.write(conn, "virDomainPinVcpuFlags", () -> conn.hv().domainPinVcpuFlags(ref, vcpu, cpumap, flags));
    }

    public List<boolean[]> getVcpuPinInfo(int flags) {
        return Dispatch.read(conn, "virDomainGetVcpuPinInfo", () -> conn.hv().domainGetVcpuPinInfo(ref, flags));
    }

    /**
     * virDomainGetXMLDesc: flags are DomainXMLFlag. SECURE is refused on read-only connections, as libvirt does.
     */
    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virDomainGetXMLDesc", () -> {
            if ((flags & org.jvirt.flags.DomainXMLFlag.SECURE.value()) != 0 && conn.isReadOnly()) {
                throw VirtException.of(ErrorCode.OPERATION_DENIED, ErrorDomain.DOMAIN,
                        "virDomainGetXMLDesc with secure flag");
            }
            return conn.hv().domainGetXMLDesc(ref, flags);
        });
    }

    public boolean getAutostart() {
        return Dispatch.read(conn, "virDomainGetAutostart", () -> conn.hv().domainGetAutostart(ref));
    }

    public void setAutostart(boolean autostart) {
        Dispatch.write(conn, "virDomainSetAutostart", () -> conn.hv().domainSetAutostart(ref, autostart));
    }

    /** virDomainAttachDevice: hotplugs into the running domain. */
    public void attachDevice(String xml) {
        Dispatch.write(conn, "virDomainAttachDevice",
                () -> conn.hv().domainAttachDevice(ref, Connect.requireArg(xml, "xml", "virDomainAttachDevice")));
    }

    public void detachDevice(String xml) {
        Dispatch.write(conn, "virDomainDetachDevice",
                () -> conn.hv().domainDetachDevice(ref, Connect.requireArg(xml, "xml", "virDomainDetachDevice")));
    }

    /** flags are DomainDeviceModifyFlag. */
    public void attachDevice(String xml, int flags) {
        Dispatch.write(conn, "virDomainAttachDeviceFlags",
                () -> conn.hv().domainAttachDeviceFlags(ref, Connect.requireArg(xml, "xml", "virDomainAttachDeviceFlags"), flags));
    }

    public void detachDevice(String xml, int flags) {
        Dispatch.write(conn, "virDomainDetachDeviceFlags",
                () -> conn.hv().domainDetachDeviceFlags(ref, Connect.requireArg(xml, "xml", "virDomainDetachDeviceFlags"), flags));
    }

    public void updateDevice(String xml, int flags) {
        Dispatch.write(conn, "virDomainUpdateDeviceFlags",
                () -> conn.hv().domainUpdateDeviceFlags(ref, Connect.requireArg(xml, "xml", "virDomainUpdateDeviceFlags"), flags));
    }

    /** virDomainDetachDeviceAlias: the device with this {@code <alias name>}; flags are DomainDeviceModifyFlag. */
    public void detachDeviceAlias(String alias, int flags) {
        Dispatch.write(conn, "virDomainDetachDeviceAlias",
                () -> conn.hv().domainDetachDeviceAlias(ref, Connect.requireArg(alias, "alias", "virDomainDetachDeviceAlias"), flags));
    }

    public void undefine(int flags) {
        Dispatch.write(conn, "virDomainUndefineFlags", () -> conn.hv().domainUndefineFlags(ref, flags));
    }

    public boolean isActive() {
        return Dispatch.read(conn, "virDomainIsActive", () -> conn.hv().domainIsActive(ref));
    }

    public boolean isPersistent() {
        return Dispatch.read(conn, "virDomainIsPersistent", () -> conn.hv().domainIsPersistent(ref));
    }

    public boolean isUpdated() {
        return Dispatch.read(conn, "virDomainIsUpdated", () -> conn.hv().domainIsUpdated(ref));
    }

    public String getSchedulerType() {
        return Dispatch.read(conn, "virDomainGetSchedulerType", () -> conn.hv().domainGetSchedulerType(ref));
    }

    public List<TypedParameter> getSchedulerParameters(int flags) {
        return Dispatch.read(conn, "virDomainGetSchedulerParametersFlags",
                () -> conn.hv().domainGetSchedulerParametersFlags(ref, flags));
    }

    /** virDomainSetSchedulerParameters: as the flags variant with 0, but errors name the flag-less call. */
    public void setSchedulerParameters(List<TypedParameter> params) {
        Dispatch.write(conn, "virDomainSetSchedulerParameters",
                () -> conn.hv().domainSetSchedulerParametersFlags(ref, params, 0));
    }

    public void setSchedulerParameters(List<TypedParameter> params, int flags) {
        Dispatch.write(conn, "virDomainSetSchedulerParametersFlags",
                () -> conn.hv().domainSetSchedulerParametersFlags(ref, params, flags));
    }

    public List<MemoryStat> memoryStats(int nrStats, int flags) {
        return Dispatch.read(conn, "virDomainMemoryStats", () -> conn.hv().domainMemoryStats(ref, nrStats, flags));
    }

    public InterfaceStats interfaceStats(String device) {
        return Dispatch.read(conn, "virDomainInterfaceStats",
                () -> conn.hv().domainInterfaceStats(ref, Connect.requireArg(device, "device", "virDomainInterfaceStats")));
    }

    public BlockStats blockStats(String disk) {
        return Dispatch.read(conn, "virDomainBlockStats",
                () -> conn.hv().domainBlockStats(ref, Connect.requireArg(disk, "disk", "virDomainBlockStats")));
    }

    /** virDomainGetMetadata: type 0 description, 1 title, 2 element (with uri). */
    public String getMetadata(int type, String uri, int flags) {
        return Dispatch.read(conn, "virDomainGetMetadata", () -> conn.hv().domainGetMetadata(ref, type, uri, flags));
    }

    public void setMetadata(int type, String metadata, String key, String uri, int flags) {
        Dispatch.write(conn, "virDomainSetMetadata", () -> conn.hv().domainSetMetadata(ref, type, metadata, key, uri, flags));
    }

    public String getHostname(int flags) {
        return Dispatch.read(conn, "virDomainGetHostname", () -> conn.hv().domainGetHostname(ref, flags));
    }

    /** virDomainGetJobInfo: the current job's type and progress. */
    public DomainJobInfo getJobInfo() {
        return Dispatch.read(conn, "virDomainGetJobInfo", () -> conn.hv().domainGetJobInfo(ref));
    }

    /** virDomainGetJobStats: the current (or, with flags, the last completed) job's type and statistics. */
    public DomainJobStats getJobStats(int flags) {
        return Dispatch.read(conn, "virDomainGetJobStats", () -> conn.hv().domainGetJobStats(ref, flags));
    }

    /** virDomainGetTime: the guest's time (needs a guest agent on real hypervisors). */
    public DomainTime getTime(int flags) {
        return Dispatch.read(conn, "virDomainGetTime", () -> conn.hv().domainGetTime(ref, flags));
    }

    /** virDomainGetBlockInfo: capacity, allocation and physical size of the disk named by target or source. */
    public DomainBlockInfo getBlockInfo(String disk, int flags) {
        return Dispatch.read(conn, "virDomainGetBlockInfo", () -> {
            if (disk == null) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "disk in virDomainGetBlockInfo must not be NULL", "virDomainGetBlockInfo", "disk");
            }
            return conn.hv().domainGetBlockInfo(ref, disk, flags);
        });
    }

    /** virDomainGetControlInfo: the state of the control interface (monitor) to the domain. */
    public DomainControlInfo getControlInfo(int flags) {
        return Dispatch.read(conn, "virDomainGetControlInfo", () -> conn.hv().domainGetControlInfo(ref, flags));
    }

    /** virDomainGetDiskErrors: every disk that has an error recorded (the array form; no count query). */
    public List<DomainDiskError> getDiskErrors(int flags) {
        return Dispatch.read(conn, "virDomainGetDiskErrors", () -> conn.hv().domainGetDiskErrors(ref, flags));
    }

    /** virDomainGetSecurityLabel: [label, enforcing ("1"/"0")] or empty. */
    public List<String> getSecurityLabel() {
        return Dispatch.read(conn, "virDomainGetSecurityLabel", () -> conn.hv().domainGetSecurityLabel(ref));
    }

    // ---- snapshots (libvirt-domain-snapshot.c) ----

    /**
     * virDomainSnapshotCreateXML: flags are DomainSnapshotCreateFlag. CURRENT needs REDEFINE; REDEFINE excludes
     * NO_METADATA and HALT, as the public layer checks them.
     */
    public DomainSnapshot snapshotCreateXML(String xmlDesc, int flags) {
        String fn = "virDomainSnapshotCreateXML";
        return Dispatch.write(conn, fn, () -> {
            Connect.requireArg(xmlDesc, "xmlDesc", fn);
            SnapshotFlags.requires(flags, DomainSnapshotCreateFlag.CURRENT, DomainSnapshotCreateFlag.REDEFINE,
                    "VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT", "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE");
            SnapshotFlags.exclusive(flags, DomainSnapshotCreateFlag.REDEFINE, DomainSnapshotCreateFlag.NO_METADATA,
                    "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE", "VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA");
            SnapshotFlags.exclusive(flags, DomainSnapshotCreateFlag.REDEFINE, DomainSnapshotCreateFlag.HALT,
                    "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE", "VIR_DOMAIN_SNAPSHOT_CREATE_HALT");
            return DomainSnapshot.of(this, conn.hv().domainSnapshotCreateXML(ref, xmlDesc, flags));
        });
    }

    /** virDomainSnapshotNum: flags are DomainSnapshotListFlag (ROOTS, TOPOLOGICAL, filters). */
    public int snapshotNum(int flags) {
        return Dispatch.read(conn, "virDomainSnapshotNum", () -> conn.hv().domainSnapshotNum(ref, flags));
    }

    /** virDomainSnapshotListNames, every name (the driver is asked for as many as there are). */
    public List<String> snapshotListNames(int flags) {
        return Dispatch.read(conn, "virDomainSnapshotListNames",
                () -> conn.hv().domainSnapshotListNames(ref, Integer.MAX_VALUE, flags));
    }

    /** virDomainListAllSnapshots. */
    public List<DomainSnapshot> listAllSnapshots(int flags) {
        return Dispatch.read(conn, "virDomainListAllSnapshots",
                () -> DomainSnapshot.wrap(this, conn.hv().domainListAllSnapshots(ref, flags)));
    }

    /** virDomainSnapshotLookupByName: a missing snapshot is NO_DOMAIN_SNAPSHOT. */
    public DomainSnapshot snapshotLookupByName(String name, int flags) {
        String fn = "virDomainSnapshotLookupByName";
        return Dispatch.read(conn, fn,
                () -> DomainSnapshot.of(this, conn.hv().domainSnapshotLookupByName(ref, Connect.requireArg(name, "name", fn), flags)));
    }

    /** virDomainHasCurrentSnapshot. */
    public boolean hasCurrentSnapshot(int flags) {
        return Dispatch.read(conn, "virDomainHasCurrentSnapshot", () -> conn.hv().domainHasCurrentSnapshot(ref, flags));
    }

    /** virDomainSnapshotCurrent: NO_DOMAIN_SNAPSHOT when there is none. */
    public DomainSnapshot snapshotCurrent(int flags) {
        return Dispatch.read(conn, "virDomainSnapshotCurrent",
                () -> DomainSnapshot.of(this, conn.hv().domainSnapshotCurrent(ref, flags)));
    }

    /** virDomainRevertToSnapshot, named after the domain as libvirt-java has it; same as snapshot.revert(flags). */
    public void revertToSnapshot(DomainSnapshot snapshot, int flags) {
        snapshot.revert(flags);
    }

    /**
     * The public layer's memory checks: non-zero, and no more KiB than a signed 64-bit byte count holds
     * (virMemoryMaxValue on 64-bit hosts). kib is unsigned, as libvirt's unsigned long.
     */
    private static void checkMemory(long kib, String function) {
        if (kib == 0) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                    "memory in " + function + " must not be zero", function, "memory");
        }
        if (Long.compareUnsigned(kib, Long.MAX_VALUE / 1024) > 0) {
            throw VirtException.of(ErrorCode.OVERFLOW, ErrorDomain.DOMAIN, "input too large: " + Long.toUnsignedString(kib));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Domain d && d.conn == conn && d.ref.uuid().equals(ref.uuid());
    }

    @Override
    public int hashCode() {
        return ref.uuid().hashCode();
    }

    @Override
    public String toString() {
        return "Domain[" + ref.name() + "]";
    }
}
