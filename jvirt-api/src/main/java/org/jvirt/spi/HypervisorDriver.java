package org.jvirt.spi;

import java.util.List;
import java.util.UUID;
import org.jvirt.BlockStats;
import org.jvirt.DomainBlockInfo;
import org.jvirt.DomainControlInfo;
import org.jvirt.DomainDiskError;
import org.jvirt.DomainInfo;
import org.jvirt.DomainJobInfo;
import org.jvirt.DomainJobStats;
import org.jvirt.DomainStateReason;
import org.jvirt.DomainTime;
import org.jvirt.InterfaceStats;
import org.jvirt.MemoryStat;
import org.jvirt.NodeCPUMap;
import org.jvirt.NodeCPUStats;
import org.jvirt.NodeInfo;
import org.jvirt.NodeMemoryStats;
import org.jvirt.TypedParameter;
import org.jvirt.VcpuInfo;

/**
 * The hypervisor driver table (libvirt's virHypervisorDriver). Method names are the driver-table field names so
 * that the wire protocol maps onto them mechanically. Every entry is optional: the default throws NO_SUPPORT
 * naming the public function, as libvirt's virReportUnsupportedError does. Drivers check their own flags.
 */
public interface HypervisorDriver extends DomainSnapshotDriver, DomainTuningDriver, SaveImageDriver, NodeHostDriver,
        DomainCheckpointDriver, DomainBlockJobDriver, DomainQemuDriver {

    default String connectGetType() {
        throw Unsupported.call("virConnectGetType");
    }

    default long connectGetVersion() {
        throw Unsupported.call("virConnectGetVersion");
    }

    default String connectGetHostname() {
        throw Unsupported.call("virConnectGetHostname");
    }

    default String connectGetURI() {
        throw Unsupported.call("virConnectGetURI");
    }

    default String connectGetSysinfo(int flags) {
        throw Unsupported.call("virConnectGetSysinfo");
    }

    default int connectGetMaxVcpus(String type) {
        throw Unsupported.call("virConnectGetMaxVcpus");
    }

    default String connectGetCapabilities() {
        throw Unsupported.call("virConnectGetCapabilities");
    }

    default String connectGetDomainCapabilities(String emulatorbin, String arch, String machine, String virttype, int flags) {
        throw Unsupported.call("virConnectGetDomainCapabilities");
    }

    default boolean connectIsAlive() {
        throw Unsupported.call("virConnectIsAlive");
    }

    default boolean connectIsSecure() {
        throw Unsupported.call("virConnectIsSecure");
    }

    default boolean connectIsEncrypted() {
        throw Unsupported.call("virConnectIsEncrypted");
    }

    default NodeCPUMap nodeGetCPUMap(int flags) {
        throw Unsupported.call("virNodeGetCPUMap");
    }

    default NodeInfo nodeGetInfo() {
        throw Unsupported.call("virNodeGetInfo");
    }

    default long nodeGetFreeMemory() {
        throw Unsupported.call("virNodeGetFreeMemory");
    }

    default long[] nodeGetCellsFreeMemory(int startCell, int maxCells) {
        throw Unsupported.call("virNodeGetCellsFreeMemory");
    }

    default NodeCPUStats nodeGetCPUStats(int cpuNum, int flags) {
        throw Unsupported.call("virNodeGetCPUStats");
    }

    default NodeMemoryStats nodeGetMemoryStats(int cellNum, int flags) {
        throw Unsupported.call("virNodeGetMemoryStats");
    }

    default int[] connectListDomains(int maxids) {
        throw Unsupported.call("virConnectListDomains");
    }

    default int connectNumOfDomains() {
        throw Unsupported.call("virConnectNumOfDomains");
    }

    default List<String> connectListDefinedDomains(int maxnames) {
        throw Unsupported.call("virConnectListDefinedDomains");
    }

    default int connectNumOfDefinedDomains() {
        throw Unsupported.call("virConnectNumOfDefinedDomains");
    }

    default List<DomainRef> connectListAllDomains(int flags) {
        throw Unsupported.call("virConnectListAllDomains");
    }

    default DomainRef domainLookupByID(int id) {
        throw Unsupported.call("virDomainLookupByID");
    }

    default DomainRef domainLookupByName(String name) {
        throw Unsupported.call("virDomainLookupByName");
    }

    default DomainRef domainLookupByUUID(UUID uuid) {
        throw Unsupported.call("virDomainLookupByUUID");
    }

    default DomainRef domainDefineXMLFlags(String xml, int flags) {
        throw Unsupported.call("virDomainDefineXMLFlags");
    }

    default DomainRef domainCreateXML(String xml, int flags) {
        throw Unsupported.call("virDomainCreateXML");
    }

    default DomainRef domainRestoreFlags(String path, String dxml, int flags) {
        throw Unsupported.call("virDomainRestoreFlags");
    }

    default DomainRef domainCreateWithFlags(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainCreateWithFlags");
    }

    default void domainShutdownFlags(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainShutdownFlags");
    }

    default void domainReboot(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainReboot");
    }

    default void domainReset(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainReset");
    }

    default void domainDestroyFlags(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainDestroyFlags");
    }

    default void domainSuspend(DomainRef dom) {
        throw Unsupported.call("virDomainSuspend");
    }

    default void domainResume(DomainRef dom) {
        throw Unsupported.call("virDomainResume");
    }

    default void domainSaveFlags(DomainRef dom, String path, String dxml, int flags) {
        throw Unsupported.call("virDomainSaveFlags");
    }

    default void domainManagedSave(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainManagedSave");
    }

    default boolean domainHasManagedSaveImage(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainHasManagedSaveImage");
    }

    default void domainManagedSaveRemove(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainManagedSaveRemove");
    }

    default void domainCoreDumpWithFormat(DomainRef dom, String path, int format, int flags) {
        throw Unsupported.call("virDomainCoreDumpWithFormat");
    }

    default DomainInfo domainGetInfo(DomainRef dom) {
        throw Unsupported.call("virDomainGetInfo");
    }

    default DomainStateReason domainGetState(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetState");
    }

    default String domainGetOSType(DomainRef dom) {
        throw Unsupported.call("virDomainGetOSType");
    }

    default long domainGetMaxMemory(DomainRef dom) {
        throw Unsupported.call("virDomainGetMaxMemory");
    }

    default void domainSetMaxMemory(DomainRef dom, long memory) {
        throw Unsupported.call("virDomainSetMaxMemory");
    }

    default void domainSetMemoryFlags(DomainRef dom, long memory, int flags) {
        throw Unsupported.call("virDomainSetMemoryFlags");
    }

    default void domainSetVcpusFlags(DomainRef dom, int nvcpus, int flags) {
        throw Unsupported.call("virDomainSetVcpusFlags");
    }

    default int domainGetVcpusFlags(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetVcpusFlags");
    }

    default int domainGetMaxVcpus(DomainRef dom) {
        throw Unsupported.call("virDomainGetMaxVcpus");
    }

    default List<VcpuInfo> domainGetVcpus(DomainRef dom) {
        throw Unsupported.call("virDomainGetVcpus");
    }

    /** The flag-less call: each driver maps it (test: the current state; QEMU: the live guest). */
    default void domainPinVcpu(DomainRef dom, int vcpu, boolean[] cpumap) {
        throw Unsupported.call("virDomainPinVcpu");
    }

    default void domainPinVcpuFlags(DomainRef dom, int vcpu, boolean[] cpumap, int flags) {
        throw Unsupported.call("virDomainPinVcpuFlags");
    }

    default List<boolean[]> domainGetVcpuPinInfo(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetVcpuPinInfo");
    }

    default String domainGetXMLDesc(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetXMLDesc");
    }

    default boolean domainGetAutostart(DomainRef dom) {
        throw Unsupported.call("virDomainGetAutostart");
    }

    default void domainSetAutostart(DomainRef dom, boolean autostart) {
        throw Unsupported.call("virDomainSetAutostart");
    }

    /** The flag-less twin (libvirt's domainAttachDevice): acts on the running domain only. */
    default void domainAttachDevice(DomainRef dom, String xml) {
        throw Unsupported.call("virDomainAttachDevice");
    }

    default void domainDetachDevice(DomainRef dom, String xml) {
        throw Unsupported.call("virDomainDetachDevice");
    }

    default void domainAttachDeviceFlags(DomainRef dom, String xml, int flags) {
        throw Unsupported.call("virDomainAttachDeviceFlags");
    }

    default void domainDetachDeviceFlags(DomainRef dom, String xml, int flags) {
        throw Unsupported.call("virDomainDetachDeviceFlags");
    }

    default void domainUpdateDeviceFlags(DomainRef dom, String xml, int flags) {
        throw Unsupported.call("virDomainUpdateDeviceFlags");
    }

    /** virDomainDetachDeviceAlias: detaches the device QEMU knows by this alias (flags: DomainDeviceModifyFlag). */
    default void domainDetachDeviceAlias(DomainRef dom, String alias, int flags) {
        throw Unsupported.call("virDomainDetachDeviceAlias");
    }

    default void domainUndefineFlags(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainUndefineFlags");
    }

    default boolean domainIsActive(DomainRef dom) {
        throw Unsupported.call("virDomainIsActive");
    }

    default boolean domainIsPersistent(DomainRef dom) {
        throw Unsupported.call("virDomainIsPersistent");
    }

    default boolean domainIsUpdated(DomainRef dom) {
        throw Unsupported.call("virDomainIsUpdated");
    }

    default String domainGetSchedulerType(DomainRef dom) {
        throw Unsupported.call("virDomainGetSchedulerType");
    }

    default int domainGetSchedulerNParams(DomainRef dom) {
        throw Unsupported.call("virDomainGetSchedulerType");
    }

    default List<TypedParameter> domainGetSchedulerParametersFlags(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetSchedulerParametersFlags");
    }

    default void domainSetSchedulerParametersFlags(DomainRef dom, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetSchedulerParametersFlags");
    }

    default List<MemoryStat> domainMemoryStats(DomainRef dom, int nrStats, int flags) {
        throw Unsupported.call("virDomainMemoryStats");
    }

    default void domainSetMemoryStatsPeriod(DomainRef dom, int period, int flags) {
        throw Unsupported.call("virDomainSetMemoryStatsPeriod");
    }

    default InterfaceStats domainInterfaceStats(DomainRef dom, String device) {
        throw Unsupported.call("virDomainInterfaceStats");
    }

    default List<TypedParameter> domainBlockStatsFlags(DomainRef dom, String disk, int flags) {
        throw Unsupported.call("virDomainBlockStatsFlags");
    }

    default BlockStats domainBlockStats(DomainRef dom, String disk) {
        throw Unsupported.call("virDomainBlockStats");
    }

    default String domainGetMetadata(DomainRef dom, int type, String uri, int flags) {
        throw Unsupported.call("virDomainGetMetadata");
    }

    default void domainSetMetadata(DomainRef dom, int type, String metadata, String key, String uri, int flags) {
        throw Unsupported.call("virDomainSetMetadata");
    }

    default String domainGetHostname(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetHostname");
    }

    default List<String> domainGetSecurityLabel(DomainRef dom) {
        throw Unsupported.call("virDomainGetSecurityLabel");
    }

    default DomainJobInfo domainGetJobInfo(DomainRef dom) {
        throw Unsupported.call("virDomainGetJobInfo");
    }

    default DomainJobStats domainGetJobStats(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetJobStats");
    }

    default DomainTime domainGetTime(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetTime");
    }

    default void domainSetTime(DomainRef dom, long seconds, int nseconds, int flags) {
        throw Unsupported.call("virDomainSetTime");
    }

    default DomainBlockInfo domainGetBlockInfo(DomainRef dom, String disk, int flags) {
        throw Unsupported.call("virDomainGetBlockInfo");
    }

    default DomainControlInfo domainGetControlInfo(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetControlInfo");
    }

    default List<DomainDiskError> domainGetDiskErrors(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetDiskErrors");
    }

    default List<String> nodeGetSecurityModel() {
        throw Unsupported.call("virNodeGetSecurityModel");
    }

    /** virDomainOpenConsole: the driver's end of a stream carrying the console's bytes both ways. */
    default StreamDriver domainOpenConsole(DomainRef dom, String devName, int flags) {
        throw Unsupported.call("virDomainOpenConsole");
    }

    // ---- events ----
    // Driver-table entries rather than a sink handed over at open: the remote driver must tell the server
    // which event ids (and domain) to subscribe to, and the daemon maps REMOTE_PROC_CONNECT_DOMAIN_EVENT_
    // CALLBACK_REGISTER_ANY / _DEREGISTER_ANY onto these one to one. Drivers share jvirt-core's
    // DomainEventState for the callback list; delivery threads belong to the public layer.

    /**
     * virConnectDomainEventRegisterAny: {@code dom} null means every domain; returns the callback id, unique
     * within the driver instance. Registering the same callback object again for the same id and domain is
     * refused, as libvirt refuses the same function pointer ("event callback already tracked").
     */
    default int connectDomainEventRegisterAny(DomainRef dom, int eventID, DomainEventCallback callback) {
        throw Unsupported.call("virConnectDomainEventRegisterAny");
    }

    /** virConnectDomainEventDeregisterAny: only ids registered through this connection. */
    default void connectDomainEventDeregisterAny(int callbackID) {
        throw Unsupported.call("virConnectDomainEventDeregisterAny");
    }
}
