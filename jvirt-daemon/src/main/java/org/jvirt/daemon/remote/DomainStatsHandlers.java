package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.BlockStats;
import org.jvirt.Domain;
import org.jvirt.DomainBlockInfo;
import org.jvirt.DomainControlInfo;
import org.jvirt.DomainInfo;
import org.jvirt.DomainJobInfo;
import org.jvirt.DomainJobStats;
import org.jvirt.DomainStateReason;
import org.jvirt.DomainTime;
import org.jvirt.InterfaceStats;
import org.jvirt.MemoryStat;
import org.jvirt.TypedParameter;
import org.jvirt.VcpuInfo;
import org.jvirt.rpc.remote.DomainBlockStatsRet;
import org.jvirt.rpc.remote.DomainDiskError;
import org.jvirt.rpc.remote.DomainGetBlockInfoRet;
import org.jvirt.rpc.remote.DomainGetControlInfoRet;
import org.jvirt.rpc.remote.DomainGetDiskErrorsRet;
import org.jvirt.rpc.remote.DomainGetHostnameRet;
import org.jvirt.rpc.remote.DomainGetInfoRet;
import org.jvirt.rpc.remote.DomainGetJobInfoRet;
import org.jvirt.rpc.remote.DomainGetJobStatsRet;
import org.jvirt.rpc.remote.DomainGetMaxMemoryRet;
import org.jvirt.rpc.remote.DomainGetMaxVcpusRet;
import org.jvirt.rpc.remote.DomainGetOsTypeRet;
import org.jvirt.rpc.remote.DomainGetSchedulerParametersFlagsRet;
import org.jvirt.rpc.remote.DomainGetSchedulerParametersRet;
import org.jvirt.rpc.remote.DomainGetSchedulerTypeRet;
import org.jvirt.rpc.remote.DomainGetSecurityLabelListRet;
import org.jvirt.rpc.remote.DomainGetSecurityLabelRet;
import org.jvirt.rpc.remote.DomainGetStateRet;
import org.jvirt.rpc.remote.DomainGetTimeRet;
import org.jvirt.rpc.remote.DomainGetVcpuPinInfoRet;
import org.jvirt.rpc.remote.DomainGetVcpusFlagsRet;
import org.jvirt.rpc.remote.DomainGetVcpusRet;
import org.jvirt.rpc.remote.DomainInterfaceStatsRet;
import org.jvirt.rpc.remote.DomainMemoryStat;
import org.jvirt.rpc.remote.DomainMemoryStatsRet;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.rpc.xdr.XdrVoid;

/** Domain state, resources, vCPUs, scheduler, statistics and jobs; the C-array shaping lives here. */
final class DomainStatsHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;
    /** VIR_DOMAIN_AFFECT_LIVE. */
    private static final int LIVE = 1;

    private DomainStatsHandlers() {
    }

    static void register(HandlerTable t) {
        state(t);
        memoryAndVcpus(t);
        scheduler(t);
        stats(t);
        misc(t);
    }

    private static void state(HandlerTable t) {
        t.on(DOMAIN_GET_INFO, (c, a) -> {
            DomainInfo i = c.domain(a.dom()).getInfo();
            return new DomainGetInfoRet(i.state().value(), i.maxMem(), i.memory(), i.nrVirtCpu(), i.cpuTime());
        });
        t.on(DOMAIN_GET_STATE, (c, a) -> {
            DomainStateReason s = c.domain(a.dom()).getState(a.flags());
            return new DomainGetStateRet(s.state().value(), s.reason());
        });
        t.on(DOMAIN_GET_OS_TYPE, (c, a) -> new DomainGetOsTypeRet(c.domain(a.dom()).getOSType()));
        t.on(DOMAIN_GET_CONTROL_INFO, (c, a) -> {
            DomainControlInfo i = c.domain(a.dom()).getControlInfo(a.flags());
            return new DomainGetControlInfoRet(i.state(), i.details(), i.stateTime());
        });
        t.on(DOMAIN_GET_JOB_INFO, (c, a) -> {
            DomainJobInfo j = c.domain(a.dom()).getJobInfo();
            return new DomainGetJobInfoRet(j.type(), j.timeElapsed(), j.timeRemaining(), j.dataTotal(), j.dataProcessed(),
                    j.dataRemaining(), j.memTotal(), j.memProcessed(), j.memRemaining(), j.fileTotal(), j.fileProcessed(),
                    j.fileRemaining());
        });
        t.on(DOMAIN_GET_JOB_STATS, (c, a) -> {
            DomainJobStats s = c.domain(a.dom()).getJobStats(a.flags());
            return new DomainGetJobStatsRet(s.type(), RemoteTypedParams.toWire(s.params()));
        });
    }

    private static void memoryAndVcpus(HandlerTable t) {
        t.on(DOMAIN_GET_MAX_MEMORY, (c, a) -> new DomainGetMaxMemoryRet(c.domain(a.dom()).getMaxMemory()));
        t.on(DOMAIN_SET_MAX_MEMORY, (c, a) -> {
            c.domain(a.dom()).setMaxMemory(a.memory());
            return VOID;
        });
        // the flag-less calls are AFFECT_LIVE in every libvirt driver (testDomainSetMemory, qemuDomainSetMemory...)
        t.on(DOMAIN_SET_MEMORY, (c, a) -> {
            c.domain(a.dom()).setMemory(a.memory(), LIVE);
            return VOID;
        });
        t.on(DOMAIN_SET_MEMORY_FLAGS, (c, a) -> {
            c.domain(a.dom()).setMemory(a.memory(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_MAX_VCPUS, (c, a) -> new DomainGetMaxVcpusRet(c.domain(a.dom()).getMaxVcpus()));
        t.on(DOMAIN_SET_VCPUS, (c, a) -> {
            c.domain(a.dom()).setVcpus(a.nvcpus());
            return VOID;
        });
        t.on(DOMAIN_SET_VCPUS_FLAGS, (c, a) -> {
            c.domain(a.dom()).setVcpus(a.nvcpus(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_VCPUS_FLAGS, (c, a) -> new DomainGetVcpusFlagsRet(c.domain(a.dom()).getVcpus(a.flags())));
        t.on(DOMAIN_GET_VCPUS, (c, a) -> {
            checkMaps(a.maxinfo(), a.maplen(), "maxinfo > REMOTE_VCPUINFO_MAX");
            List<VcpuInfo> all = Wire.first(c.domain(a.dom()).getVcpuInfo(), a.maxinfo());
            List<org.jvirt.rpc.remote.VcpuInfo> info = new ArrayList<>(all.size());
            byte[] maps = new byte[a.maxinfo() * a.maplen()];
            for (int i = 0; i < all.size(); i++) {
                VcpuInfo v = all.get(i);
                info.add(new org.jvirt.rpc.remote.VcpuInfo(v.number(), v.state(), v.cpuTime(), v.cpu()));
                Wire.putCpus(v.affinity(), maps, i * a.maplen(), a.maplen());
            }
            return new DomainGetVcpusRet(info, maps);
        });
        t.on(DOMAIN_PIN_VCPU, (c, a) -> {
            c.domain(a.dom()).pinVcpu(a.vcpu(), Wire.cpus(a.cpumap()));
            return VOID;
        });
        t.on(DOMAIN_PIN_VCPU_FLAGS, (c, a) -> {
            c.domain(a.dom()).pinVcpu(a.vcpu(), Wire.cpus(a.cpumap()), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_VCPU_PIN_INFO, (c, a) -> {
            checkMaps(a.ncpumaps(), a.maplen(), "ncpumaps > REMOTE_VCPUINFO_MAX");
            List<boolean[]> pins = Wire.first(c.domain(a.dom()).getVcpuPinInfo(a.flags()), a.ncpumaps());
            byte[] maps = new byte[a.ncpumaps() * a.maplen()];
            for (int i = 0; i < pins.size(); i++) {
                Wire.putCpus(pins.get(i), maps, i * a.maplen(), a.maplen());
            }
            return new DomainGetVcpuPinInfoRet(maps, pins.size());
        });
    }

    /** libvirt's guards on the caller-sized cpumap buffers (they bound what the daemon allocates). */
    private static void checkMaps(int count, int maplen, String tooMany) {
        if (count > RemoteLimits.VCPUINFO_MAX) {
            throw Wire.internal(tooMany);
        }
        if (count < 0 || maplen < 0 || (long) count * maplen > RemoteLimits.CPUMAPS_MAX) {
            throw Wire.internal("maxinfo * maplen > REMOTE_CPUMAPS_MAX");
        }
    }

    private static void scheduler(HandlerTable t) {
        t.on(DOMAIN_GET_SCHEDULER_TYPE, (c, a) -> {
            Domain d = c.domain(a.dom());
            String type = d.getSchedulerType();
            return new DomainGetSchedulerTypeRet(type, schedulerParamCount(d));
        });
        t.on(DOMAIN_GET_SCHEDULER_PARAMETERS, (c, a) -> {
            NodeHandlers.checkNparams(a.nparams(), RemoteLimits.DOMAIN_SCHEDULER_PARAMETERS_MAX);
            List<TypedParameter> p = c.domain(a.dom()).getSchedulerParameters(0);
            return new DomainGetSchedulerParametersRet(RemoteTypedParams.toWire(Wire.first(p, a.nparams())));
        });
        t.on(DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS, (c, a) -> {
            NodeHandlers.checkNparams(a.nparams(), RemoteLimits.DOMAIN_SCHEDULER_PARAMETERS_MAX);
            List<TypedParameter> p = c.domain(a.dom()).getSchedulerParameters(a.flags());
            return new DomainGetSchedulerParametersFlagsRet(RemoteTypedParams.toWire(Wire.first(p, a.nparams())));
        });
        t.on(DOMAIN_SET_SCHEDULER_PARAMETERS, (c, a) -> {
            c.domain(a.dom()).setSchedulerParameters(RemoteTypedParams.fromWire(a.params()));
            return VOID;
        });
        t.on(DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS, (c, a) -> {
            c.domain(a.dom()).setSchedulerParameters(RemoteTypedParams.fromWire(a.params()), a.flags());
            return VOID;
        });
    }

    /**
     * virDomainGetSchedulerType's nparams: the public API returns only the type, so the count is that of the
     * current parameters (what the drivers' own count is).
     */
    private static int schedulerParamCount(Domain d) {
        try {
            return d.getSchedulerParameters(0).size();
        } catch (org.jvirt.error.VirtException e) {
            return 0;
        }
    }

    private static void stats(HandlerTable t) {
        t.on(DOMAIN_MEMORY_STATS, (c, a) -> {
            if (a.maxStats() > RemoteLimits.DOMAIN_MEMORY_STATS_MAX) {
                throw Wire.internal("maxStats > REMOTE_DOMAIN_MEMORY_STATS_MAX");
            }
            List<DomainMemoryStat> out = new ArrayList<>();
            for (MemoryStat s : c.domain(a.dom()).memoryStats(a.maxStats(), a.flags())) {
                out.add(new DomainMemoryStat(s.tag(), s.value()));
            }
            return new DomainMemoryStatsRet(out);
        });
        t.on(DOMAIN_BLOCK_STATS, (c, a) -> {
            BlockStats s = c.domain(a.dom()).blockStats(a.path());
            return new DomainBlockStatsRet(s.rdReq(), s.rdBytes(), s.wrReq(), s.wrBytes(), s.errs());
        });
        // libvirt's test driver lacks it: virsh falls back to DOMAIN_BLOCK_STATS on its NO_SUPPORT
        t.on(DOMAIN_BLOCK_STATS_FLAGS, (c, a) -> {
            NodeHandlers.checkNparams(a.nparams(), RemoteLimits.DOMAIN_BLOCK_STATS_PARAMETERS_MAX);
            List<TypedParameter> p = c.domain(a.dom()).blockStatsFlags(a.path(), a.flags());
            if (a.nparams() == 0) {
                return new org.jvirt.rpc.remote.DomainBlockStatsFlagsRet(List.of(), p.size());
            }
            return new org.jvirt.rpc.remote.DomainBlockStatsFlagsRet(RemoteTypedParams.toWire(Wire.first(p, a.nparams())), 0);
        });
        t.on(DOMAIN_INTERFACE_STATS, (c, a) -> {
            InterfaceStats s = c.domain(a.dom()).interfaceStats(a.path());
            return new DomainInterfaceStatsRet(s.rxBytes(), s.rxPackets(), s.rxErrs(), s.rxDrop(), s.txBytes(),
                    s.txPackets(), s.txErrs(), s.txDrop());
        });
        t.on(DOMAIN_GET_BLOCK_INFO, (c, a) -> {
            DomainBlockInfo i = c.domain(a.dom()).getBlockInfo(a.path(), a.flags());
            return new DomainGetBlockInfoRet(i.allocation(), i.capacity(), i.physical());
        });
        t.on(DOMAIN_GET_DISK_ERRORS, (c, a) -> {
            if (a.maxerrors() > RemoteLimits.DOMAIN_DISK_ERRORS_MAX) {
                throw Wire.internal("maxerrors too large");
            }
            List<org.jvirt.DomainDiskError> all = c.domain(a.dom()).getDiskErrors(a.flags());
            if (a.maxerrors() == 0) {
                return new DomainGetDiskErrorsRet(List.of(), all.size());
            }
            List<DomainDiskError> out = new ArrayList<>();
            for (org.jvirt.DomainDiskError e : Wire.first(all, a.maxerrors())) {
                out.add(new DomainDiskError(e.disk(), e.error()));
            }
            return new DomainGetDiskErrorsRet(out, out.size());
        });
    }

    private static void misc(HandlerTable t) {
        t.on(DOMAIN_GET_TIME, (c, a) -> {
            DomainTime time = c.domain(a.dom()).getTime(a.flags());
            return new DomainGetTimeRet(time.seconds(), time.nseconds());
        });
        t.on(DOMAIN_SET_TIME, (c, a) -> {
            c.domain(a.dom()).setTime(a.seconds(), a.nseconds(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_HOSTNAME, (c, a) -> new DomainGetHostnameRet(c.domain(a.dom()).getHostname(a.flags())));
        t.on(DOMAIN_GET_SECURITY_LABEL, (c, a) -> label(c.domain(a.dom()).getSecurityLabel()));
        t.on(DOMAIN_GET_SECURITY_LABEL_LIST, (c, a) -> {
            List<String> l = c.domain(a.dom()).getSecurityLabel();
            List<DomainGetSecurityLabelRet> labels = l.isEmpty() ? List.of() : List.of(label(l));
            return new DomainGetSecurityLabelListRet(labels, labels.size());
        });
        t.on(DOMAIN_SET_MEMORY_STATS_PERIOD, (c, a) -> {
            c.domain(a.dom()).setMemoryStatsPeriod(a.period(), a.flags());
            return VOID;
        });
        // no public API for this yet: answered as libvirt's test driver answers (the function is not supported)
        t.on(DOMAIN_GET_MESSAGES, (c, a) -> {
            c.domain(a.dom());
            throw org.jvirt.spi.Unsupported.call("virDomainGetMessages");
        });
    }

    /** virSecurityLabel as the wire has it: the label's chars with their NUL, enforcing 0/1. */
    private static DomainGetSecurityLabelRet label(List<String> l) {
        String text = l.isEmpty() ? "" : l.get(0);
        int enforcing = l.size() > 1 && "1".equals(l.get(1)) ? 1 : 0;
        return new DomainGetSecurityLabelRet(Wire.chars(text), enforcing);
    }
}
