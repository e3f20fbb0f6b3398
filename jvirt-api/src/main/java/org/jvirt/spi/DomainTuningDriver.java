package org.jvirt.spi;

import java.util.List;
import org.jvirt.DomainFSInfo;
import org.jvirt.DomainIOThreadInfo;
import org.jvirt.DomainInterface;
import org.jvirt.DomainStatsRecord;
import org.jvirt.ParameterGetter;
import org.jvirt.TypedParameter;

/**
 * The tuning, guest-agent and statistics entries of the hypervisor driver table (libvirt's virHypervisorDriver
 * fields of the same names), kept in their own file; {@link HypervisorDriver} extends this, so it stays one
 * table. Every entry is optional: the default throws NO_SUPPORT naming the public function. Typed-parameter
 * getters return every parameter the driver has (the public layer's two-phase nparams protocol is the wire's).
 */
public interface DomainTuningDriver {

    /**
     * The first phase of a two-phase getter (the C call with nparams 0): how many parameters it has. By default
     * the size of the full answer ({@code device} is the interface of INTERFACE, else null).
     */
    default int domainGetParameterCount(DomainRef dom, ParameterGetter getter, String device, int flags) {
        return switch (getter) {
            case MEMORY -> domainGetMemoryParameters(dom, flags).size();
            case BLKIO -> domainGetBlkioParameters(dom, flags).size();
            case NUMA -> domainGetNumaParameters(dom, flags).size();
            case INTERFACE -> domainGetInterfaceParameters(dom, device, flags).size();
        };
    }

    default List<TypedParameter> domainGetMemoryParameters(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetMemoryParameters");
    }

    default void domainSetMemoryParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetMemoryParameters");
    }

    default List<TypedParameter> domainGetBlkioParameters(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetBlkioParameters");
    }

    default void domainSetBlkioParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetBlkioParameters");
    }

    default List<TypedParameter> domainGetNumaParameters(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetNumaParameters");
    }

    default void domainSetNumaParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetNumaParameters");
    }

    default List<TypedParameter> domainGetPerfEvents(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetPerfEvents");
    }

    default void domainSetPerfEvents(DomainRef dom, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetPerfEvents");
    }

    default List<TypedParameter> domainGetInterfaceParameters(DomainRef dom, String device, int flags) {
        throw Unsupported.call("virDomainGetInterfaceParameters");
    }

    default void domainSetInterfaceParameters(DomainRef dom, String device, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetInterfaceParameters");
    }

    default List<TypedParameter> domainGetBlockIoTune(DomainRef dom, String disk, int flags) {
        throw Unsupported.call("virDomainGetBlockIoTune");
    }

    default void domainSetBlockIoTune(DomainRef dom, String disk, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetBlockIoTune");
    }

    default void domainSetLifecycleAction(DomainRef dom, int type, int action, int flags) {
        throw Unsupported.call("virDomainSetLifecycleAction");
    }

    default void domainPinEmulator(DomainRef dom, boolean[] cpumap, int flags) {
        throw Unsupported.call("virDomainPinEmulator");
    }

    /** The emulator's affinity, one entry per host CPU. */
    default boolean[] domainGetEmulatorPinInfo(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetEmulatorPinInfo");
    }

    /** The renamed domain's handle. */
    default DomainRef domainRename(DomainRef dom, String newName, int flags) {
        throw Unsupported.call("virDomainRename");
    }

    default void domainSendKey(DomainRef dom, int codeset, int holdtime, int[] keycodes, int flags) {
        throw Unsupported.call("virDomainSendKey");
    }

    default void domainInjectNMI(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainInjectNMI");
    }

    default void domainSendProcessSignal(DomainRef dom, long pid, int signum, int flags) {
        throw Unsupported.call("virDomainSendProcessSignal");
    }

    default void domainSetUserPassword(DomainRef dom, String user, String password, int flags) {
        throw Unsupported.call("virDomainSetUserPassword");
    }

    /** The number of filesystems frozen. */
    default int domainFSFreeze(DomainRef dom, List<String> mountpoints, int flags) {
        throw Unsupported.call("virDomainFSFreeze");
    }

    default int domainFSThaw(DomainRef dom, List<String> mountpoints, int flags) {
        throw Unsupported.call("virDomainFSThaw");
    }

    default void domainFSTrim(DomainRef dom, String mountPoint, long minimum, int flags) {
        throw Unsupported.call("virDomainFSTrim");
    }

    default List<DomainFSInfo> domainGetFSInfo(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetFSInfo");
    }

    default List<DomainInterface> domainInterfaceAddresses(DomainRef dom, int source, int flags) {
        throw Unsupported.call("virDomainInterfaceAddresses");
    }

    /**
     * virDomainGetCPUStats: with {@code startCpu} -1 one list (the totals), else one list per CPU from
     * {@code startCpu}, at most {@code ncpus} of them (fewer when the host has fewer).
     */
    default List<List<TypedParameter>> domainGetCPUStats(DomainRef dom, int startCpu, int ncpus, int flags) {
        throw Unsupported.call("virDomainGetCPUStats");
    }

    /** The number of host CPUs virDomainGetCPUStats reports for (its nparams=0, ncpus=0 query). */
    default int domainGetCPUStatsCount(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetCPUStats");
    }

    default List<DomainIOThreadInfo> domainGetIOThreadInfo(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetIOThreadInfo");
    }

    default void domainPinIOThread(DomainRef dom, int iothreadId, boolean[] cpumap, int flags) {
        throw Unsupported.call("virDomainPinIOThread");
    }

    default void domainAddIOThread(DomainRef dom, int iothreadId, int flags) {
        throw Unsupported.call("virDomainAddIOThread");
    }

    default void domainDelIOThread(DomainRef dom, int iothreadId, int flags) {
        throw Unsupported.call("virDomainDelIOThread");
    }

    default void domainSetIOThreadParams(DomainRef dom, int iothreadId, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetIOThreadParams");
    }

    /** virConnectGetAllDomainStats: {@code doms} null means every domain the flags select. */
    default List<DomainStatsRecord> connectGetAllDomainStats(List<DomainRef> doms, int stats, int flags) {
        throw Unsupported.call(doms == null ? "virConnectGetAllDomainStats" : "virDomainListGetStats");
    }

    // ---- entries libvirt's test driver leaves empty: the API, the wire and virsh still carry them ----

    default void domainPMSuspendForDuration(DomainRef dom, int target, long duration, int flags) {
        throw Unsupported.call("virDomainPMSuspendForDuration");
    }

    default void domainPMWakeup(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainPMWakeup");
    }

    default void domainSetBlockThreshold(DomainRef dom, String dev, long threshold, int flags) {
        throw Unsupported.call("virDomainSetBlockThreshold");
    }

    default void domainSetVcpu(DomainRef dom, String vcpumap, int state, int flags) {
        throw Unsupported.call("virDomainSetVcpu");
    }

    default List<TypedParameter> domainGetGuestVcpus(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetGuestVcpus");
    }

    default void domainSetGuestVcpus(DomainRef dom, String cpumap, int state, int flags) {
        throw Unsupported.call("virDomainSetGuestVcpus");
    }

    default List<TypedParameter> domainGetGuestInfo(DomainRef dom, int types, int flags) {
        throw Unsupported.call("virDomainGetGuestInfo");
    }

    default void domainAbortJob(DomainRef dom) {
        throw Unsupported.call("virDomainAbortJob");
    }

    default void domainAbortJobFlags(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainAbortJobFlags");
    }

    default List<String> domainAuthorizedSSHKeysGet(DomainRef dom, String user, int flags) {
        throw Unsupported.call("virDomainAuthorizedSSHKeysGet");
    }

    default void domainAuthorizedSSHKeysSet(DomainRef dom, String user, List<String> keys, int flags) {
        throw Unsupported.call("virDomainAuthorizedSSHKeysSet");
    }

    default void domainAgentSetResponseTimeout(DomainRef dom, int timeout, int flags) {
        throw Unsupported.call("virDomainAgentSetResponseTimeout");
    }

    default void domainStartDirtyRateCalc(DomainRef dom, int seconds, int flags) {
        throw Unsupported.call("virDomainStartDirtyRateCalc");
    }

    default List<TypedParameter> domainGetLaunchSecurityInfo(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainGetLaunchSecurityInfo");
    }

    default void domainSetLaunchSecurityState(DomainRef dom, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainSetLaunchSecurityState");
    }
}
