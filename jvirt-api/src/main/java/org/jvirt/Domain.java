package org.jvirt;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainCheckpointCreateFlag;
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

    /**
     * virDomainOpenConsole: the console {@code devName} (null: the first console or serial port) on {@code st},
     * which then carries the guest's output (recv) and keys (send). flags: 1 FORCE, 2 SAFE.
     */
    public void openConsole(String devName, Stream st, int flags) {
        Dispatch.write(conn, "virDomainOpenConsole", () -> {
            if (st == null || st.getConnect() != conn) {
                throw org.jvirt.error.VirtException.of(org.jvirt.error.ErrorCode.INVALID_ARG,
                        org.jvirt.spi.Unsupported.apiDomain("virDomainOpenConsole"),
                        "stream must belong to the domain's connection");
            }
            st.attach(conn.hv().domainOpenConsole(ref, devName, flags));
        });
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

    /** virDomainPinVcpu: the driver's own flag-less entry (the test driver's current state, QEMU's live guest). */
    public void pinVcpu(int vcpu, boolean[] cpumap) {
        Dispatch.write(conn, "virDomainPinVcpu", () -> conn.hv().domainPinVcpu(ref, vcpu, cpumap));
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

    /** virDomainSetMemoryStatsPeriod: the balloon's statistics period in seconds (0 stops it); flags DomainModificationImpact. */
    public void setMemoryStatsPeriod(int period, int flags) {
        String fn = "virDomainSetMemoryStatsPeriod";
        Dispatch.write(conn, fn, () -> {
            if (period < 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "period in " + fn + " must be zero or greater", fn, "period");
            }
            conn.hv().domainSetMemoryStatsPeriod(ref, period, flags);
        });
    }

    public InterfaceStats interfaceStats(String device) {
        return Dispatch.read(conn, "virDomainInterfaceStats",
                () -> conn.hv().domainInterfaceStats(ref, Connect.requireArg(device, "device", "virDomainInterfaceStats")));
    }

    /** virDomainBlockStatsFlags: every counter the driver has for the disk ("" for all disks), as typed parameters. */
    public List<TypedParameter> blockStatsFlags(String disk, int flags) {
        return Dispatch.read(conn, "virDomainBlockStatsFlags", () -> conn.hv().domainBlockStatsFlags(ref, disk, flags));
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

    // ---- tuning, guest agent and statistics (DomainTuningDriver) ----

    /** virDomainGetMemoryParameters: hard_limit, soft_limit, swap_hard_limit... in KiB (ULLONG). */
    public List<TypedParameter> getMemoryParameters(int flags) {
        return Dispatch.read(conn, "virDomainGetMemoryParameters", () -> {
            TuningChecks.liveConfig(flags);
            return conn.hv().domainGetMemoryParameters(ref, flags);
        });
    }

    public void setMemoryParameters(List<TypedParameter> params, int flags) {
        String fn = "virDomainSetMemoryParameters";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetMemoryParameters(ref, TuningChecks.params(params, fn), flags));
    }

    public List<TypedParameter> getBlkioParameters(int flags) {
        return Dispatch.read(conn, "virDomainGetBlkioParameters", () -> {
            TuningChecks.liveConfig(flags);
            return conn.hv().domainGetBlkioParameters(ref, flags);
        });
    }

    public void setBlkioParameters(List<TypedParameter> params, int flags) {
        String fn = "virDomainSetBlkioParameters";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetBlkioParameters(ref, TuningChecks.params(params, fn), flags));
    }

    public List<TypedParameter> getNumaParameters(int flags) {
        return Dispatch.read(conn, "virDomainGetNumaParameters", () -> {
            TuningChecks.liveConfig(flags);
            return conn.hv().domainGetNumaParameters(ref, flags);
        });
    }

    public void setNumaParameters(List<TypedParameter> params, int flags) {
        String fn = "virDomainSetNumaParameters";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetNumaParameters(ref, TuningChecks.params(params, fn), flags));
    }

    public List<TypedParameter> getPerfEvents(int flags) {
        return Dispatch.read(conn, "virDomainGetPerfEvents", () -> conn.hv().domainGetPerfEvents(ref, flags));
    }

    public void setPerfEvents(List<TypedParameter> params, int flags) {
        Dispatch.write(conn, "virDomainSetPerfEvents", () -> conn.hv().domainSetPerfEvents(ref, params, flags));
    }

    public List<TypedParameter> getInterfaceParameters(String device, int flags) {
        String fn = "virDomainGetInterfaceParameters";
        return Dispatch.read(conn, fn, () -> {
            TuningChecks.liveConfig(flags);
            return conn.hv().domainGetInterfaceParameters(ref, Connect.requireArg(device, "device", fn), flags);
        });
    }

    public void setInterfaceParameters(String device, List<TypedParameter> params, int flags) {
        String fn = "virDomainSetInterfaceParameters";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetInterfaceParameters(ref,
                Connect.requireArg(device, "device", fn), TuningChecks.params(params, fn), flags));
    }

    public List<TypedParameter> getBlockIoTune(String disk, int flags) {
        return Dispatch.read(conn, "virDomainGetBlockIoTune", () -> {
            TuningChecks.liveConfig(flags);
            return conn.hv().domainGetBlockIoTune(ref, disk, flags);
        });
    }

    public void setBlockIoTune(String disk, List<TypedParameter> params, int flags) {
        String fn = "virDomainSetBlockIoTune";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetBlockIoTune(ref, Connect.requireArg(disk, "disk", fn),
                TuningChecks.params(params, fn), flags));
    }

    /** virDomainSetLifecycleAction: type is VIR_DOMAIN_LIFECYCLE_*, action VIR_DOMAIN_LIFECYCLE_ACTION_*. */
    public void setLifecycleAction(int type, int action, int flags) {
        Dispatch.write(conn, "virDomainSetLifecycleAction", () -> {
            TuningChecks.lifecycle(type, action);
            conn.hv().domainSetLifecycleAction(ref, type, action, flags);
        });
    }

    public void pinEmulator(boolean[] cpumap, int flags) {
        Dispatch.write(conn, "virDomainPinEmulator", () -> conn.hv().domainPinEmulator(ref, cpumap, flags));
    }

    public boolean[] getEmulatorPinInfo(int flags) {
        return Dispatch.read(conn, "virDomainGetEmulatorPinInfo", () -> {
            TuningChecks.liveConfig(flags);
            return conn.hv().domainGetEmulatorPinInfo(ref, flags);
        });
    }

    /** virDomainRename: the handle returned carries the new name (this one keeps the old). */
    public Domain rename(String newName, int flags) {
        String fn = "virDomainRename";
        return Dispatch.write(conn, fn, () -> conn.domain(
                conn.hv().domainRename(ref, Connect.requireArg(newName, "new_name", fn), flags)));
    }

    public void sendKey(int codeset, int holdtime, int[] keycodes, int flags) {
        Dispatch.write(conn, "virDomainSendKey", () -> {
            TuningChecks.keycodes(keycodes);
            conn.hv().domainSendKey(ref, codeset, holdtime, keycodes, flags);
        });
    }

    public void injectNMI(int flags) {
        Dispatch.write(conn, "virDomainInjectNMI", () -> conn.hv().domainInjectNMI(ref, flags));
    }

    public void sendProcessSignal(long pid, int signum, int flags) {
        Dispatch.write(conn, "virDomainSendProcessSignal", () -> {
            TuningChecks.processSignal(pid, signum);
            conn.hv().domainSendProcessSignal(ref, pid, signum, flags);
        });
    }

    public void setUserPassword(String user, String password, int flags) {
        String fn = "virDomainSetUserPassword";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetUserPassword(ref, Connect.requireArg(user, "user", fn),
                Connect.requireArg(password, "password", fn), flags));
    }

    public int fsFreeze(List<String> mountpoints, int flags) {
        return Dispatch.write(conn, "virDomainFSFreeze", () -> conn.hv().domainFSFreeze(ref, List.copyOf(mountpoints), flags));
    }

    public int fsThaw(List<String> mountpoints, int flags) {
        return Dispatch.write(conn, "virDomainFSThaw", () -> conn.hv().domainFSThaw(ref, List.copyOf(mountpoints), flags));
    }

    public void fsTrim(String mountPoint, long minimum, int flags) {
        Dispatch.write(conn, "virDomainFSTrim", () -> conn.hv().domainFSTrim(ref, mountPoint, minimum, flags));
    }

    public List<DomainFSInfo> getFSInfo(int flags) {
        return Dispatch.write(conn, "virDomainGetFSInfo", () -> conn.hv().domainGetFSInfo(ref, flags));
    }

    /** virDomainInterfaceAddresses: source is VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_* (lease 0, agent 1, arp 2). */
    public List<DomainInterface> interfaceAddresses(int source, int flags) {
        return Dispatch.read(conn, "virDomainInterfaceAddresses",
                () -> conn.hv().domainInterfaceAddresses(ref, source, flags));
    }

    /** virDomainGetCPUStats with start_cpu -1: the totals. */
    public List<TypedParameter> getCPUStatsTotal(int flags) {
        return Dispatch.read(conn, "virDomainGetCPUStats", () -> conn.hv().domainGetCPUStats(ref, -1, 1, flags).get(0));
    }

    /** virDomainGetCPUStats per CPU: lists for CPUs startCpu .. startCpu+ncpus-1 (fewer past the last CPU). */
    public List<List<TypedParameter>> getCPUStats(int startCpu, int ncpus, int flags) {
        return Dispatch.read(conn, "virDomainGetCPUStats", () -> {
            TuningChecks.cpuStats(startCpu, ncpus);
            return conn.hv().domainGetCPUStats(ref, startCpu, ncpus, flags);
        });
    }

    /** virDomainGetCPUStats(nparams 0, start_cpu 0, ncpus 0): the number of CPUs there are statistics for. */
    public int getCPUStatsCount(int flags) {
        return Dispatch.read(conn, "virDomainGetCPUStats", () -> conn.hv().domainGetCPUStatsCount(ref, flags));
    }

    public List<DomainIOThreadInfo> getIOThreadInfo(int flags) {
        return Dispatch.read(conn, "virDomainGetIOThreadInfo", () -> {
            TuningChecks.liveConfig(flags);
            return conn.hv().domainGetIOThreadInfo(ref, flags);
        });
    }

    public void pinIOThread(int iothreadId, boolean[] cpumap, int flags) {
        Dispatch.write(conn, "virDomainPinIOThread", () -> {
            TuningChecks.liveConfig(flags);
            conn.hv().domainPinIOThread(ref, iothreadId, cpumap, flags);
        });
    }

    public void addIOThread(int iothreadId, int flags) {
        Dispatch.write(conn, "virDomainAddIOThread", () -> {
            TuningChecks.liveConfig(flags);
            conn.hv().domainAddIOThread(ref, iothreadId, flags);
        });
    }

    public void delIOThread(int iothreadId, int flags) {
        Dispatch.write(conn, "virDomainDelIOThread", () -> {
            TuningChecks.liveConfig(flags);
            TuningChecks.iothreadId(iothreadId, "virDomainDelIOThread");
            conn.hv().domainDelIOThread(ref, iothreadId, flags);
        });
    }

    public void setIOThreadParams(int iothreadId, List<TypedParameter> params, int flags) {
        String fn = "virDomainSetIOThreadParams";
        Dispatch.write(conn, fn, () -> {
            TuningChecks.liveConfig(flags);
            conn.hv().domainSetIOThreadParams(ref, iothreadId, TuningChecks.params(params, fn), flags);
        });
    }

    public void pmSuspendForDuration(int target, long duration, int flags) {
        Dispatch.write(conn, "virDomainPMSuspendForDuration",
                () -> conn.hv().domainPMSuspendForDuration(ref, target, duration, flags));
    }

    public void pmWakeup(int flags) {
        Dispatch.write(conn, "virDomainPMWakeup", () -> conn.hv().domainPMWakeup(ref, flags));
    }

    public void setBlockThreshold(String dev, long threshold, int flags) {
        String fn = "virDomainSetBlockThreshold";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetBlockThreshold(ref, Connect.requireArg(dev, "dev", fn),
                threshold, flags));
    }

    public void setVcpu(String vcpumap, int state, int flags) {
        String fn = "virDomainSetVcpu";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetVcpu(ref, Connect.requireArg(vcpumap, "vcpumap", fn),
                state, flags));
    }

    public List<TypedParameter> getGuestVcpus(int flags) {
        return Dispatch.write(conn, "virDomainGetGuestVcpus", () -> conn.hv().domainGetGuestVcpus(ref, flags));
    }

    public void setGuestVcpus(String cpumap, int state, int flags) {
        String fn = "virDomainSetGuestVcpus";
        Dispatch.write(conn, fn, () -> conn.hv().domainSetGuestVcpus(ref, Connect.requireArg(cpumap, "cpumap", fn),
                state, flags));
    }

    public List<TypedParameter> getGuestInfo(int types, int flags) {
        return Dispatch.write(conn, "virDomainGetGuestInfo", () -> conn.hv().domainGetGuestInfo(ref, types, flags));
    }

    public void abortJob() {
        Dispatch.write(conn, "virDomainAbortJob", () -> conn.hv().domainAbortJob(ref));
    }

    /** virDomainAbortJobFlags: flags are VIR_DOMAIN_ABORT_JOB_*. */
    public void abortJob(int flags) {
        Dispatch.write(conn, "virDomainAbortJobFlags", () -> conn.hv().domainAbortJobFlags(ref, flags));
    }

    public List<String> authorizedSSHKeysGet(String user, int flags) {
        String fn = "virDomainAuthorizedSSHKeysGet";
        return Dispatch.write(conn, fn, () -> conn.hv().domainAuthorizedSSHKeysGet(ref,
                Connect.requireArg(user, "user", fn), flags));
    }

    public void authorizedSSHKeysSet(String user, List<String> keys, int flags) {
        String fn = "virDomainAuthorizedSSHKeysSet";
        Dispatch.write(conn, fn, () -> conn.hv().domainAuthorizedSSHKeysSet(ref,
                Connect.requireArg(user, "user", fn), keys, flags));
    }

    public void agentSetResponseTimeout(int timeout, int flags) {
        Dispatch.write(conn, "virDomainAgentSetResponseTimeout",
                () -> conn.hv().domainAgentSetResponseTimeout(ref, timeout, flags));
    }

    public void startDirtyRateCalc(int seconds, int flags) {
        Dispatch.write(conn, "virDomainStartDirtyRateCalc", () -> conn.hv().domainStartDirtyRateCalc(ref, seconds, flags));
    }

    public List<TypedParameter> getLaunchSecurityInfo(int flags) {
        // the public layer adds VIR_TYPED_PARAM_STRING_OKAY: every jvirt driver takes string parameters
        return Dispatch.read(conn, "virDomainGetLaunchSecurityInfo",
                () -> conn.hv().domainGetLaunchSecurityInfo(ref, flags | 4));
    }

    public void setLaunchSecurityState(List<TypedParameter> params, int flags) {
        Dispatch.write(conn, "virDomainSetLaunchSecurityState",
                () -> conn.hv().domainSetLaunchSecurityState(ref, params, flags));
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

    /** virDomainManagedSaveGetXMLDesc; flags: SECURE (1), refused on read-only connections. */
    public String managedSaveGetXMLDesc(int flags) {
        String fn = "virDomainManagedSaveGetXMLDesc";
        return Dispatch.read(conn, fn, () -> {
            Connect.denySecureOnReadOnly(conn, flags, fn);
            return conn.hv().domainManagedSaveGetXMLDesc(ref, flags);
        });
    }

    /** virDomainManagedSaveDefineXML; flags: DomainSaveRestoreFlag RUNNING/PAUSED. */
    public void managedSaveDefineXML(String dxml, int flags) {
        Dispatch.write(conn, "virDomainManagedSaveDefineXML", () -> {
            Connect.checkSaveFlags(flags);
            conn.hv().domainManagedSaveDefineXML(ref, dxml, flags);
        });
    }

    /** virDomainScreenshot: the image of {@code screen} comes out of {@code st}; returns its MIME type. */
    public String screenshot(Stream st, int screen, int flags) {
        return Dispatch.write(conn, "virDomainScreenshot", () -> {
            if (st == null || st.getConnect() != conn) {
                throw org.jvirt.error.VirtException.of(org.jvirt.error.ErrorCode.INVALID_ARG,
                        org.jvirt.spi.Unsupported.apiDomain("virDomainScreenshot"),
                        "stream must belong to the domain's connection");
            }
            org.jvirt.spi.DomainBlockJobDriver.Screenshot shot = conn.hv().domainScreenshot(ref, screen, flags);
            st.attach(shot.stream());
            return shot.mime();
        });
    }

    public void blockResize(String disk, long size, int flags) {
        Dispatch.write(conn, "virDomainBlockResize", () -> conn.hv().domainBlockResize(ref,
                Connect.requireArg(disk, "disk", "virDomainBlockResize"), size, flags));
    }

    public void blockJobAbort(String disk, int flags) {
        Dispatch.write(conn, "virDomainBlockJobAbort", () -> conn.hv().domainBlockJobAbort(ref,
                Connect.requireArg(disk, "disk", "virDomainBlockJobAbort"), flags));
    }

    /** virDomainGetBlockJobInfo: null when the disk has no block job. */
    public org.jvirt.spi.DomainBlockJobDriver.BlockJobInfo getBlockJobInfo(String disk, int flags) {
        return Dispatch.read(conn, "virDomainGetBlockJobInfo", () -> conn.hv().domainGetBlockJobInfo(ref,
                Connect.requireArg(disk, "disk", "virDomainGetBlockJobInfo"), flags));
    }

    public void blockJobSetSpeed(String disk, long bandwidth, int flags) {
        Dispatch.write(conn, "virDomainBlockJobSetSpeed", () -> conn.hv().domainBlockJobSetSpeed(ref,
                Connect.requireArg(disk, "disk", "virDomainBlockJobSetSpeed"), bandwidth, flags));
    }

    public void blockPull(String disk, long bandwidth, int flags) {
        Dispatch.write(conn, "virDomainBlockPull", () -> conn.hv().domainBlockPull(ref,
                Connect.requireArg(disk, "disk", "virDomainBlockPull"), bandwidth, flags));
    }

    public void blockRebase(String disk, String base, long bandwidth, int flags) {
        Dispatch.write(conn, "virDomainBlockRebase", () -> conn.hv().domainBlockRebase(ref,
                Connect.requireArg(disk, "disk", "virDomainBlockRebase"), base, bandwidth, flags));
    }

    public void blockCopy(String disk, String destxml, List<TypedParameter> params, int flags) {
        Dispatch.write(conn, "virDomainBlockCopy", () -> conn.hv().domainBlockCopy(ref,
                Connect.requireArg(disk, "disk", "virDomainBlockCopy"),
                Connect.requireArg(destxml, "destxml", "virDomainBlockCopy"), List.copyOf(params), flags));
    }

    public void blockCommit(String disk, String base, String top, long bandwidth, int flags) {
        Dispatch.write(conn, "virDomainBlockCommit", () -> conn.hv().domainBlockCommit(ref,
                Connect.requireArg(disk, "disk", "virDomainBlockCommit"), base, top, bandwidth, flags));
    }

    public void migrateSetMaxDowntime(long downtime, int flags) {
        Dispatch.write(conn, "virDomainMigrateSetMaxDowntime", () -> conn.hv().domainMigrateSetMaxDowntime(ref, downtime, flags));
    }

    public long migrateGetMaxDowntime(int flags) {
        return Dispatch.read(conn, "virDomainMigrateGetMaxDowntime", () -> conn.hv().domainMigrateGetMaxDowntime(ref, flags));
    }

    public long migrateGetCompressionCache(int flags) {
        return Dispatch.read(conn, "virDomainMigrateGetCompressionCache",
                () -> conn.hv().domainMigrateGetCompressionCache(ref, flags));
    }

    public void migrateSetCompressionCache(long cacheSize, int flags) {
        Dispatch.write(conn, "virDomainMigrateSetCompressionCache",
                () -> conn.hv().domainMigrateSetCompressionCache(ref, cacheSize, flags));
    }

    public void migrateSetMaxSpeed(long bandwidth, int flags) {
        Dispatch.write(conn, "virDomainMigrateSetMaxSpeed", () -> conn.hv().domainMigrateSetMaxSpeed(ref, bandwidth, flags));
    }

    public long migrateGetMaxSpeed(int flags) {
        return Dispatch.read(conn, "virDomainMigrateGetMaxSpeed", () -> conn.hv().domainMigrateGetMaxSpeed(ref, flags));
    }

    public void migrateStartPostCopy(int flags) {
        Dispatch.write(conn, "virDomainMigrateStartPostCopy", () -> conn.hv().domainMigrateStartPostCopy(ref, flags));
    }

    public void backupBegin(String backupXml, String checkpointXml, int flags) {
        Dispatch.write(conn, "virDomainBackupBegin", () -> conn.hv().domainBackupBegin(ref,
                backupXml, checkpointXml, flags));
    }

    /**
     * virDomainMigrate3 to the destination connection {@code dconn}; params are VIR_MIGRATE_PARAM_* typed
     * parameters. No jvirt driver migrates yet: libvirt's checks answer, then its refusal (see MigrateChecks).
     */
    public Domain migrate3(Connect dconn, List<TypedParameter> params, int flags) {
        return Dispatch.write(conn, "virDomainMigrate3", (java.util.function.Supplier<Domain>) () -> {
            Connect.requireArg(dconn, "dconn", "virDomainMigrate3");
            throw MigrateChecks.migrate3(flags, List.copyOf(params));
        });
    }

    /** virDomainMigrateToURI3: peer-to-peer (PEER2PEER) or direct migration to {@code dconnuri}. */
    public void migrateToURI3(String dconnuri, List<TypedParameter> params, int flags) {
        Dispatch.write(conn, "virDomainMigrateToURI3", (Runnable) () -> {
            List.copyOf(params);
            throw MigrateChecks.migrateToURI3(flags);
        });
    }

    /** virDomainQemuMonitorCommand (libvirt-qemu): flags 1 (HMP). */
    public String qemuMonitorCommand(String cmd, int flags) {
        return Dispatch.write(conn, "virDomainQemuMonitorCommand", () -> conn.hv().domainQemuMonitorCommand(ref,
                Connect.requireArg(cmd, "cmd", "virDomainQemuMonitorCommand"), flags));
    }

    /** virDomainQemuMonitorCommandWithFiles: {@code fds} go to QEMU with the command. */
    public String qemuMonitorCommandWithFiles(String cmd, int[] fds, int flags) {
        return Dispatch.write(conn, "virDomainQemuMonitorCommandWithFiles", () -> conn.hv()
                .domainQemuMonitorCommandWithFiles(ref, Connect.requireArg(cmd, "cmd",
                        "virDomainQemuMonitorCommandWithFiles"), fds.clone(), flags));
    }

    /** virDomainQemuAgentCommand: timeout in seconds, or -2 (block), -1 (default), 0 (no wait). */
    public String qemuAgentCommand(String cmd, int timeout, int flags) {
        return Dispatch.write(conn, "virDomainQemuAgentCommand", () -> conn.hv().domainQemuAgentCommand(ref,
                Connect.requireArg(cmd, "cmd", "virDomainQemuAgentCommand"), timeout, flags));
    }

    /** virDomainLxcOpenNamespace: the container's namespace file descriptors. */
    public int[] lxcOpenNamespace(int flags) {
        return Dispatch.write(conn, "virDomainLxcOpenNamespace", () -> conn.hv().domainLxcOpenNamespace(ref, flags));
    }

    /** virDomainFDAssociate: {@code fds} become known to the domain under {@code name}. */
    public void fdAssociate(String name, int[] fds, int flags) {
        Dispatch.write(conn, "virDomainFDAssociate", () -> conn.hv().domainFDAssociate(ref,
                Connect.requireArg(name, "name", "virDomainFDAssociate"), fds.clone(), flags));
    }

    public String backupGetXMLDesc(int flags) {
        return Dispatch.read(conn, "virDomainBackupGetXMLDesc", () -> conn.hv().domainBackupGetXMLDesc(ref, flags));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Domain d && d.conn == conn && d.ref.uuid().equals(ref.uuid());
    }

    @Override
    public int hashCode() {
        return ref.uuid().hashCode();
    }

    /**
     * virDomainCheckpointCreateXML: flags are DomainCheckpointCreateFlag. REDEFINE_VALIDATE needs REDEFINE;
     * REDEFINE excludes QUIESCE, as the public layer checks them.
     */
    public DomainCheckpoint checkpointCreateXML(String xmlDesc, int flags) {
        String fn = "virDomainCheckpointCreateXML";
        return Dispatch.write(conn, fn, () -> {
            Connect.requireArg(xmlDesc, "xmlDesc", fn);
            SnapshotFlags.requires(ErrorDomain.DOMAIN_CHECKPOINT, fn, flags, DomainCheckpointCreateFlag.REDEFINE_VALIDATE,
                    DomainCheckpointCreateFlag.REDEFINE, "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE",
                    "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE");
            SnapshotFlags.exclusive(ErrorDomain.DOMAIN_CHECKPOINT, fn, flags, DomainCheckpointCreateFlag.REDEFINE,
                    DomainCheckpointCreateFlag.QUIESCE, "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE",
                    "VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE");
            return DomainCheckpoint.of(this, conn.hv().domainCheckpointCreateXML(ref, xmlDesc, flags));
        });
    }

    /** virDomainListAllCheckpoints: flags are DomainCheckpointListFlag (ROOTS, TOPOLOGICAL, leaves). */
    public List<DomainCheckpoint> listAllCheckpoints(int flags) {
        return Dispatch.read(conn, "virDomainListAllCheckpoints",
                () -> DomainCheckpoint.wrap(this, conn.hv().domainListAllCheckpoints(ref, flags)));
    }

    /** virDomainCheckpointLookupByName: a missing checkpoint is NO_DOMAIN_CHECKPOINT. */
    public DomainCheckpoint checkpointLookupByName(String name, int flags) {
        String fn = "virDomainCheckpointLookupByName";
        return Dispatch.read(conn, fn, () -> DomainCheckpoint.of(this,
                conn.hv().domainCheckpointLookupByName(ref, Connect.requireArg(name, "name", fn), flags)));
    }

    @Override
    public String toString() {
        return "Domain[" + ref.name() + "]";
    }
}
