package org.jvirt.driver.remote;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.BlockStats;
import org.jvirt.DomainBlockInfo;
import org.jvirt.DomainControlInfo;
import org.jvirt.DomainDiskError;
import org.jvirt.DomainInfo;
import org.jvirt.DomainJobInfo;
import org.jvirt.DomainJobStats;
import org.jvirt.DomainState;
import org.jvirt.DomainStateReason;
import org.jvirt.DomainTime;
import org.jvirt.InterfaceStats;
import org.jvirt.MemoryStat;
import org.jvirt.TypedParameter;
import org.jvirt.VcpuInfo;
import org.jvirt.rpc.remote.DomainBlockStatsArgs;
import org.jvirt.rpc.remote.DomainBlockStatsRet;
import org.jvirt.rpc.remote.DomainGetBlockInfoArgs;
import org.jvirt.rpc.remote.DomainGetBlockInfoRet;
import org.jvirt.rpc.remote.DomainGetControlInfoArgs;
import org.jvirt.rpc.remote.DomainGetControlInfoRet;
import org.jvirt.rpc.remote.DomainGetDiskErrorsArgs;
import org.jvirt.rpc.remote.DomainGetHostnameArgs;
import org.jvirt.rpc.remote.DomainGetInfoArgs;
import org.jvirt.rpc.remote.DomainGetInfoRet;
import org.jvirt.rpc.remote.DomainGetJobInfoArgs;
import org.jvirt.rpc.remote.DomainGetJobInfoRet;
import org.jvirt.rpc.remote.DomainGetJobStatsArgs;
import org.jvirt.rpc.remote.DomainGetJobStatsRet;
import org.jvirt.rpc.remote.DomainGetMaxMemoryArgs;
import org.jvirt.rpc.remote.DomainGetMaxVcpusArgs;
import org.jvirt.rpc.remote.DomainGetMetadataArgs;
import org.jvirt.rpc.remote.DomainGetOsTypeArgs;
import org.jvirt.rpc.remote.DomainGetSchedulerParametersArgs;
import org.jvirt.rpc.remote.DomainGetSchedulerParametersFlagsArgs;
import org.jvirt.rpc.remote.DomainGetSchedulerTypeArgs;
import org.jvirt.rpc.remote.DomainGetSecurityLabelArgs;
import org.jvirt.rpc.remote.DomainGetSecurityLabelRet;
import org.jvirt.rpc.remote.DomainGetStateArgs;
import org.jvirt.rpc.remote.DomainGetStateRet;
import org.jvirt.rpc.remote.DomainGetTimeArgs;
import org.jvirt.rpc.remote.DomainGetTimeRet;
import org.jvirt.rpc.remote.DomainSetTimeArgs;
import org.jvirt.rpc.remote.DomainGetVcpuPinInfoArgs;
import org.jvirt.rpc.remote.DomainGetVcpuPinInfoRet;
import org.jvirt.rpc.remote.DomainGetVcpusArgs;
import org.jvirt.rpc.remote.DomainGetVcpusFlagsArgs;
import org.jvirt.rpc.remote.DomainGetVcpusRet;
import org.jvirt.rpc.remote.DomainGetXmlDescArgs;
import org.jvirt.rpc.remote.DomainInterfaceStatsArgs;
import org.jvirt.rpc.remote.DomainInterfaceStatsRet;
import org.jvirt.rpc.remote.DomainIsActiveArgs;
import org.jvirt.rpc.remote.DomainIsPersistentArgs;
import org.jvirt.rpc.remote.DomainIsUpdatedArgs;
import org.jvirt.rpc.remote.DomainMemoryStatsArgs;
import org.jvirt.rpc.remote.DomainPinVcpuFlagsArgs;
import org.jvirt.rpc.remote.DomainSetMaxMemoryArgs;
import org.jvirt.rpc.remote.DomainSetMemoryFlagsArgs;
import org.jvirt.rpc.remote.DomainSetMetadataArgs;
import org.jvirt.rpc.remote.DomainSetSchedulerParametersArgs;
import org.jvirt.rpc.remote.DomainSetSchedulerParametersFlagsArgs;
import org.jvirt.rpc.remote.DomainSetVcpusFlagsArgs;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.spi.DomainRef;

/** Domain state, configuration and statistics entries of the remote hypervisor table. */
interface RemoteDomainInfoOps extends RemoteTable {

    /** virDomainVcpuFlags bits the pin-info query passes on. */
    int VCPU_LIVE_CONFIG = 1 | 2;
    int VCPU_MAXIMUM = 4;

    @Override
    default DomainInfo domainGetInfo(DomainRef dom) {
        DomainGetInfoRet r = rpc().call(DomainProcedures.DOMAIN_GET_INFO, new DomainGetInfoArgs(RemoteWire.dom(dom)));
        return new DomainInfo(DomainState.of(r.state()), r.maxMem(), r.memory(), r.nrVirtCpu(), r.cpuTime());
    }

    @Override
    default DomainStateReason domainGetState(DomainRef dom, int flags) {
        DomainGetStateRet r = rpc().call(DomainProcedures.DOMAIN_GET_STATE, new DomainGetStateArgs(RemoteWire.dom(dom), flags));
        return new DomainStateReason(DomainState.of(r.state()), r.reason());
    }

    @Override
    default String domainGetOSType(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_GET_OS_TYPE, new DomainGetOsTypeArgs(RemoteWire.dom(dom))).type();
    }

    @Override
    default long domainGetMaxMemory(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_GET_MAX_MEMORY, new DomainGetMaxMemoryArgs(RemoteWire.dom(dom))).memory();
    }

    @Override
    default void domainSetMaxMemory(DomainRef dom, long memory) {
        rpc().call(DomainProcedures.DOMAIN_SET_MAX_MEMORY, new DomainSetMaxMemoryArgs(RemoteWire.dom(dom), memory));
    }

    @Override
    default void domainSetMemoryFlags(DomainRef dom, long memory, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_MEMORY_FLAGS, new DomainSetMemoryFlagsArgs(RemoteWire.dom(dom), memory, flags));
    }

    @Override
    default void domainSetVcpusFlags(DomainRef dom, int nvcpus, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_VCPUS_FLAGS, new DomainSetVcpusFlagsArgs(RemoteWire.dom(dom), nvcpus, flags));
    }

    @Override
    default int domainGetVcpusFlags(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_GET_VCPUS_FLAGS, new DomainGetVcpusFlagsArgs(RemoteWire.dom(dom), flags)).num();
    }

    @Override
    default int domainGetMaxVcpus(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_GET_MAX_VCPUS, new DomainGetMaxVcpusArgs(RemoteWire.dom(dom))).num();
    }

    /** As virsh vcpuinfo asks: as many vCPUs as the domain has, maps as wide as the host. */
    @Override
    default List<VcpuInfo> domainGetVcpus(DomainRef dom) {
        int maxinfo = domainGetInfo(dom).nrVirtCpu();
        int cpus = hostCpus();
        int maplen = RemoteWire.mapLen(cpus);
        if (maxinfo > RemoteLimits.VCPUINFO_MAX) {
            throw RemoteFailures.limit(String.format("vCPU count exceeds maximum: %d > %d", maxinfo, RemoteLimits.VCPUINFO_MAX));
        }
        if ((long) maxinfo * maplen > RemoteLimits.CPUMAPS_MAX) {
            throw RemoteFailures.limit(String.format("vCPU map buffer length exceeds maximum: %d > %d",
                    (long) maxinfo * maplen, RemoteLimits.CPUMAPS_MAX));
        }
        DomainGetVcpusRet r = rpc().call(DomainProcedures.DOMAIN_GET_VCPUS,
                new DomainGetVcpusArgs(RemoteWire.dom(dom), maxinfo, maplen));
        List<VcpuInfo> out = new ArrayList<>(r.info().size());
        for (int i = 0; i < r.info().size(); i++) {
            var v = r.info().get(i);
            out.add(new VcpuInfo(v.number(), v.state(), v.cpuTime(), v.cpu(), RemoteWire.cpus(r.cpumaps(), i * maplen, cpus)));
        }
        return out;
    }

    @Override
    default void domainPinVcpuFlags(DomainRef dom, int vcpu, boolean[] cpumap, int flags) {
        rpc().call(DomainProcedures.DOMAIN_PIN_VCPU_FLAGS,
                new DomainPinVcpuFlagsArgs(RemoteWire.dom(dom), vcpu, RemoteWire.bitmap(cpumap), flags));
    }

    @Override
    default void domainPinVcpu(DomainRef dom, int vcpu, boolean[] cpumap) {
        rpc().call(DomainProcedures.DOMAIN_PIN_VCPU,
                new org.jvirt.rpc.remote.DomainPinVcpuArgs(RemoteWire.dom(dom), vcpu, RemoteWire.bitmap(cpumap)));
    }

    /** As virsh vcpupin asks: one map per possible vCPU of the chosen definition. */
    @Override
    default List<boolean[]> domainGetVcpuPinInfo(DomainRef dom, int flags) {
        int ncpumaps = domainGetVcpusFlags(dom, (flags & VCPU_LIVE_CONFIG) | VCPU_MAXIMUM);
        int cpus = hostCpus();
        int maplen = RemoteWire.mapLen(cpus);
        DomainGetVcpuPinInfoRet r = rpc().call(DomainProcedures.DOMAIN_GET_VCPU_PIN_INFO,
                new DomainGetVcpuPinInfoArgs(RemoteWire.dom(dom), ncpumaps, maplen, flags));
        List<boolean[]> out = new ArrayList<>(r.num());
        for (int i = 0; i < r.num(); i++) {
            out.add(RemoteWire.cpus(r.cpumaps(), i * maplen, cpus));
        }
        return out;
    }

    @Override
    default String domainGetXMLDesc(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_GET_XML_DESC, new DomainGetXmlDescArgs(RemoteWire.dom(dom), flags)).xml();
    }

    @Override
    default boolean domainIsActive(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_IS_ACTIVE, new DomainIsActiveArgs(RemoteWire.dom(dom))).active() != 0;
    }

    @Override
    default boolean domainIsPersistent(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_IS_PERSISTENT, new DomainIsPersistentArgs(RemoteWire.dom(dom)))
                .persistent() != 0;
    }

    @Override
    default boolean domainIsUpdated(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_IS_UPDATED, new DomainIsUpdatedArgs(RemoteWire.dom(dom))).updated() != 0;
    }

    @Override
    default String domainGetSchedulerType(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_GET_SCHEDULER_TYPE, new DomainGetSchedulerTypeArgs(RemoteWire.dom(dom))).type();
    }

    @Override
    default int domainGetSchedulerNParams(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_GET_SCHEDULER_TYPE, new DomainGetSchedulerTypeArgs(RemoteWire.dom(dom)))
                .nparams();
    }

    /**
     * As virsh schedinfo asks: the count from the scheduler type, then that many parameters. Without flags
     * through the flag-less procedure, as virsh and python's schedulerParameters() do: the daemon's public layer
     * adds VIR_TYPED_PARAM_STRING_OKAY to the flags variant, which some drivers (the test driver) refuse.
     */
    @Override
    default List<TypedParameter> domainGetSchedulerParametersFlags(DomainRef dom, int flags) {
        int nparams = domainGetSchedulerNParams(dom);
        if (flags == 0) {
            return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_SCHEDULER_PARAMETERS,
                    new DomainGetSchedulerParametersArgs(RemoteWire.dom(dom), nparams)).params());
        }
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS,
                new DomainGetSchedulerParametersFlagsArgs(RemoteWire.dom(dom), nparams, flags)).params());
    }

    @Override
    default void domainSetSchedulerParametersFlags(DomainRef dom, List<TypedParameter> params, int flags) {
        if (flags == 0) {
            rpc().call(DomainProcedures.DOMAIN_SET_SCHEDULER_PARAMETERS, new DomainSetSchedulerParametersArgs(
                    RemoteWire.dom(dom), RemoteTypedParams.toWire(params)));
            return;
        }
        rpc().call(DomainProcedures.DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS, new DomainSetSchedulerParametersFlagsArgs(
                RemoteWire.dom(dom), RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default List<MemoryStat> domainMemoryStats(DomainRef dom, int nrStats, int flags) {
        if (nrStats > RemoteLimits.DOMAIN_MEMORY_STATS_MAX) {
            throw RemoteFailures.limit(String.format("too many memory stats requested: %d > %d", nrStats,
                    RemoteLimits.DOMAIN_MEMORY_STATS_MAX));
        }
        List<MemoryStat> out = new ArrayList<>();
        for (var s : rpc().call(DomainProcedures.DOMAIN_MEMORY_STATS,
                new DomainMemoryStatsArgs(RemoteWire.dom(dom), nrStats, flags)).stats()) {
            out.add(new MemoryStat(s.tag(), s.val()));
        }
        return out;
    }

    /** Two calls, as libvirt's client: the count first (nparams 0), then that many parameters. */
    @Override
    default List<TypedParameter> domainBlockStatsFlags(DomainRef dom, String disk, int flags) {
        int n = rpc().call(DomainProcedures.DOMAIN_BLOCK_STATS_FLAGS,
                new org.jvirt.rpc.remote.DomainBlockStatsFlagsArgs(RemoteWire.dom(dom), disk, 0, flags)).nparams();
        if (n == 0) {
            return List.of();
        }
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_BLOCK_STATS_FLAGS,
                new org.jvirt.rpc.remote.DomainBlockStatsFlagsArgs(RemoteWire.dom(dom), disk, n, flags)).params());
    }

    @Override
    default void domainSetMemoryStatsPeriod(DomainRef dom, int period, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_MEMORY_STATS_PERIOD,
                new org.jvirt.rpc.remote.DomainSetMemoryStatsPeriodArgs(RemoteWire.dom(dom), period, flags));
    }

    @Override
    default InterfaceStats domainInterfaceStats(DomainRef dom, String device) {
        DomainInterfaceStatsRet r = rpc().call(DomainProcedures.DOMAIN_INTERFACE_STATS,
                new DomainInterfaceStatsArgs(RemoteWire.dom(dom), device));
        return new InterfaceStats(r.rxBytes(), r.rxPackets(), r.rxErrs(), r.rxDrop(), r.txBytes(), r.txPackets(),
                r.txErrs(), r.txDrop());
    }

    @Override
    default BlockStats domainBlockStats(DomainRef dom, String disk) {
        DomainBlockStatsRet r = rpc().call(DomainProcedures.DOMAIN_BLOCK_STATS, new DomainBlockStatsArgs(RemoteWire.dom(dom), disk));
        return new BlockStats(r.rdReq(), r.rdBytes(), r.wrReq(), r.wrBytes(), r.errs());
    }

    @Override
    default String domainGetMetadata(DomainRef dom, int type, String uri, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_GET_METADATA,
                new DomainGetMetadataArgs(RemoteWire.dom(dom), type, uri, flags)).metadata();
    }

    @Override
    default void domainSetMetadata(DomainRef dom, int type, String metadata, String key, String uri, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_METADATA,
                new DomainSetMetadataArgs(RemoteWire.dom(dom), type, metadata, key, uri, flags));
    }

    @Override
    default String domainGetHostname(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_GET_HOSTNAME, new DomainGetHostnameArgs(RemoteWire.dom(dom), flags)).hostname();
    }

    /** [label, enforcing as "1"/"0"], as the SPI carries virSecurityLabel. */
    @Override
    default List<String> domainGetSecurityLabel(DomainRef dom) {
        DomainGetSecurityLabelRet r = rpc().call(DomainProcedures.DOMAIN_GET_SECURITY_LABEL,
                new DomainGetSecurityLabelArgs(RemoteWire.dom(dom)));
        return List.of(RemoteWire.chars(r.label()), Integer.toString(r.enforcing()));
    }

    @Override
    default DomainJobInfo domainGetJobInfo(DomainRef dom) {
        DomainGetJobInfoRet r = rpc().call(DomainProcedures.DOMAIN_GET_JOB_INFO, new DomainGetJobInfoArgs(RemoteWire.dom(dom)));
        return new DomainJobInfo(r.type(), r.timeElapsed(), r.timeRemaining(), r.dataTotal(), r.dataProcessed(),
                r.dataRemaining(), r.memTotal(), r.memProcessed(), r.memRemaining(), r.fileTotal(), r.fileProcessed(),
                r.fileRemaining());
    }

    @Override
    default DomainJobStats domainGetJobStats(DomainRef dom, int flags) {
        DomainGetJobStatsRet r = rpc().call(DomainProcedures.DOMAIN_GET_JOB_STATS,
                new DomainGetJobStatsArgs(RemoteWire.dom(dom), flags));
        return new DomainJobStats(r.type(), RemoteTypedParams.fromWire(r.params()));
    }

    @Override
    default DomainTime domainGetTime(DomainRef dom, int flags) {
        DomainGetTimeRet r = rpc().call(DomainProcedures.DOMAIN_GET_TIME, new DomainGetTimeArgs(RemoteWire.dom(dom), flags));
        return new DomainTime(r.seconds(), r.nseconds());
    }

    @Override
    default void domainSetTime(DomainRef dom, long seconds, int nseconds, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_TIME, new DomainSetTimeArgs(RemoteWire.dom(dom), seconds, nseconds, flags));
    }

    @Override
    default DomainBlockInfo domainGetBlockInfo(DomainRef dom, String disk, int flags) {
        DomainGetBlockInfoRet r = rpc().call(DomainProcedures.DOMAIN_GET_BLOCK_INFO,
                new DomainGetBlockInfoArgs(RemoteWire.dom(dom), disk, flags));
        return new DomainBlockInfo(r.capacity(), r.allocation(), r.physical());
    }

    @Override
    default DomainControlInfo domainGetControlInfo(DomainRef dom, int flags) {
        DomainGetControlInfoRet r = rpc().call(DomainProcedures.DOMAIN_GET_CONTROL_INFO,
                new DomainGetControlInfoArgs(RemoteWire.dom(dom), flags));
        return new DomainControlInfo(r.state(), r.details(), r.stateTime());
    }

    /** The count first (maxerrors 0), then the errors, as virsh domblkerror asks. */
    @Override
    default List<DomainDiskError> domainGetDiskErrors(DomainRef dom, int flags) {
        int n = rpc().call(DomainProcedures.DOMAIN_GET_DISK_ERRORS,
                new DomainGetDiskErrorsArgs(RemoteWire.dom(dom), 0, flags)).nerrors();
        List<DomainDiskError> out = new ArrayList<>();
        if (n <= 0) {
            return out;
        }
        for (var e : rpc().call(DomainProcedures.DOMAIN_GET_DISK_ERRORS,
                new DomainGetDiskErrorsArgs(RemoteWire.dom(dom), n, flags)).errors()) {
            out.add(new DomainDiskError(e.disk(), e.error()));
        }
        return out;
    }
}
