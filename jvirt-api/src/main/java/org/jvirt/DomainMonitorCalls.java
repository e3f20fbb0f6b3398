package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.HypervisorDriver;

/**
 * The statistics and monitoring calls of {@link Domain} (virsh's Domain Monitoring group). Split out of Domain by
 * concern (DESIGN.md rule 11); Domain alone implements it.
 */
public sealed interface DomainMonitorCalls extends DomainCalls permits Domain {

    private HypervisorDriver hv() {
        return getConnect().hv();
    }

    default List<MemoryStat> memoryStats(int nrStats, int flags) {
        return Dispatch.read(getConnect(), "virDomainMemoryStats", () -> hv().domainMemoryStats(ref(), nrStats, flags));
    }

    default InterfaceStats interfaceStats(String device) {
        return Dispatch.read(getConnect(), "virDomainInterfaceStats",
                () -> hv().domainInterfaceStats(ref(), requireArg(device, "device", "virDomainInterfaceStats")));
    }

    /** virDomainBlockStatsFlags: every counter the driver has for the disk ("" for all disks), as typed parameters. */
    default List<TypedParameter> blockStatsFlags(String disk, int flags) {
        return Dispatch.read(getConnect(), "virDomainBlockStatsFlags",
                () -> hv().domainBlockStatsFlags(ref(), disk, flags));
    }

    default BlockStats blockStats(String disk) {
        return Dispatch.read(getConnect(), "virDomainBlockStats",
                () -> hv().domainBlockStats(ref(), requireArg(disk, "disk", "virDomainBlockStats")));
    }

    default String getHostname(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetHostname", () -> hv().domainGetHostname(ref(), flags));
    }

    /** virDomainGetTime: the guest's time (needs a guest agent on real hypervisors). */
    default DomainTime getTime(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetTime", () -> hv().domainGetTime(ref(), flags));
    }

    /**
     * virDomainSetTime: sets the guest's clock (seconds since the epoch may be negative), or with
     * {@link org.jvirt.flags.DomainTimeFlag#SYNC} resynchronises it from the guest's RTC (the time is then ignored).
     * A mutating call, refused on read-only connections; the driver validates the flags.
     */
    default void setTime(long seconds, int nseconds, int flags) {
        Dispatch.write(getConnect(), "virDomainSetTime", () -> hv().domainSetTime(ref(), seconds, nseconds, flags));
    }

    /** virDomainGetBlockInfo: capacity, allocation and physical size of the disk named by target or source. */
    default DomainBlockInfo getBlockInfo(String disk, int flags) {
        return Dispatch.read(getConnect(), "virDomainGetBlockInfo", () -> {
            if (disk == null) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "disk in virDomainGetBlockInfo must not be NULL", "virDomainGetBlockInfo", "disk");
            }
            return hv().domainGetBlockInfo(ref(), disk, flags);
        });
    }

    /** virDomainGetControlInfo: the state of the control interface (monitor) to the domain. */
    default DomainControlInfo getControlInfo(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetControlInfo", () -> hv().domainGetControlInfo(ref(), flags));
    }

    /** virDomainGetDiskErrors: every disk that has an error recorded (the array form; no count query). */
    default List<DomainDiskError> getDiskErrors(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetDiskErrors", () -> hv().domainGetDiskErrors(ref(), flags));
    }

    /** virDomainGetSecurityLabel: [label, enforcing ("1"/"0")] or empty. */
    default List<String> getSecurityLabel() {
        return Dispatch.read(getConnect(), "virDomainGetSecurityLabel", () -> hv().domainGetSecurityLabel(ref()));
    }

    /** virDomainInterfaceAddresses: source is VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_* (lease 0, agent 1, arp 2). */
    default List<DomainInterface> interfaceAddresses(int source, int flags) {
        return Dispatch.read(getConnect(), "virDomainInterfaceAddresses",
                () -> hv().domainInterfaceAddresses(ref(), source, flags));
    }

    /** virDomainGetCPUStats with start_cpu -1: the totals. */
    default List<TypedParameter> getCPUStatsTotal(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetCPUStats",
                () -> hv().domainGetCPUStats(ref(), -1, 1, flags).get(0));
    }

    /** virDomainGetCPUStats per CPU: lists for CPUs startCpu .. startCpu+ncpus-1 (fewer past the last CPU). */
    default List<List<TypedParameter>> getCPUStats(int startCpu, int ncpus, int flags) {
        return Dispatch.read(getConnect(), "virDomainGetCPUStats", () -> {
            TuningChecks.cpuStats(startCpu, ncpus);
            return hv().domainGetCPUStats(ref(), startCpu, ncpus, flags);
        });
    }

    /** virDomainGetCPUStats(nparams 0, start_cpu 0, ncpus 0): the number of CPUs there are statistics for. */
    default int getCPUStatsCount(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetCPUStats", () -> hv().domainGetCPUStatsCount(ref(), flags));
    }
}
