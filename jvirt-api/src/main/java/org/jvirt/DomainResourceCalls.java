package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.HypervisorDriver;

/**
 * The memory, vCPU, scheduler, pinning and I/O thread calls of {@link Domain}. Split out of Domain by concern
 * (DESIGN.md rule 11); Domain alone implements it.
 */
public sealed interface DomainResourceCalls extends DomainCalls permits Domain {

    private HypervisorDriver hv() {
        return getConnect().hv();
    }

    /** In KiB. */
    default long getMaxMemory() {
        return Dispatch.read(getConnect(), "virDomainGetMaxMemory", () -> hv().domainGetMaxMemory(ref()));
    }

    default void setMaxMemory(long kib) {
        Dispatch.write(getConnect(), "virDomainSetMaxMemory", () -> {
            checkMemory(kib, "virDomainSetMaxMemory");
            hv().domainSetMaxMemory(ref(), kib);
        });
    }

    /** virDomainSetMemoryFlags: flags are DomainMemoryModFlag. */
    default void setMemory(long kib, int flags) {
        Dispatch.write(getConnect(), "virDomainSetMemoryFlags", () -> {
            checkMemory(kib, "virDomainSetMemoryFlags");
            hv().domainSetMemoryFlags(ref(), kib, flags);
        });
    }

    /** virDomainSetVcpus: the live vCPU count (AFFECT_LIVE, as libvirt's drivers map the flag-less call). */
    default void setVcpus(int nvcpus) {
        String fn = "virDomainSetVcpus";
        Dispatch.write(getConnect(), fn, () -> {
            if (nvcpus == 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "nvcpus in " + fn + " must not be zero", fn, "nvcpus");
            }
            hv().domainSetVcpusFlags(ref(), nvcpus, org.jvirt.flags.DomainModificationImpact.LIVE.value());
        });
    }

    /** virDomainSetVcpusFlags: flags are DomainVcpuFlag. */
    default void setVcpus(int nvcpus, int flags) {
        Dispatch.write(getConnect(), "virDomainSetVcpusFlags", () -> hv().domainSetVcpusFlags(ref(), nvcpus, flags));
    }

    default int getVcpus(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetVcpusFlags", () -> hv().domainGetVcpusFlags(ref(), flags));
    }

    default int getMaxVcpus() {
        return Dispatch.read(getConnect(), "virDomainGetMaxVcpus", () -> hv().domainGetMaxVcpus(ref()));
    }

    /** virDomainGetVcpus: per-vCPU info with affinity. */
    default List<VcpuInfo> getVcpuInfo() {
        return Dispatch.read(getConnect(), "virDomainGetVcpus", () -> hv().domainGetVcpus(ref()));
    }

    /** virDomainPinVcpu: the driver's own flag-less entry (the test driver's current state, QEMU's live guest). */
    default void pinVcpu(int vcpu, boolean[] cpumap) {
        Dispatch.write(getConnect(), "virDomainPinVcpu", () -> hv().domainPinVcpu(ref(), vcpu, cpumap));
    }

    default void pinVcpu(int vcpu, boolean[] cpumap, int flags) {
        Dispatch.write(getConnect(), "virDomainPinVcpuFlags",
                () -> hv().domainPinVcpuFlags(ref(), vcpu, cpumap, flags));
    }

    default List<boolean[]> getVcpuPinInfo(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetVcpuPinInfo", () -> hv().domainGetVcpuPinInfo(ref(), flags));
    }

    default String getSchedulerType() {
        return Dispatch.read(getConnect(), "virDomainGetSchedulerType", () -> hv().domainGetSchedulerType(ref()));
    }

    default List<TypedParameter> getSchedulerParameters(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetSchedulerParametersFlags",
                () -> hv().domainGetSchedulerParametersFlags(ref(), flags));
    }

    /** virDomainSetSchedulerParameters: as the flags variant with 0, but errors name the flag-less call. */
    default void setSchedulerParameters(List<TypedParameter> params) {
        Dispatch.write(getConnect(), "virDomainSetSchedulerParameters",
                () -> hv().domainSetSchedulerParametersFlags(ref(), params, 0));
    }

    default void setSchedulerParameters(List<TypedParameter> params, int flags) {
        Dispatch.write(getConnect(), "virDomainSetSchedulerParametersFlags",
                () -> hv().domainSetSchedulerParametersFlags(ref(), params, flags));
    }

    /** virDomainSetMemoryStatsPeriod: the balloon's statistics period in seconds (0 stops it); flags DomainModificationImpact. */
    default void setMemoryStatsPeriod(int period, int flags) {
        String fn = "virDomainSetMemoryStatsPeriod";
        Dispatch.write(getConnect(), fn, () -> {
            if (period < 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "period in " + fn + " must be zero or greater", fn, "period");
            }
            hv().domainSetMemoryStatsPeriod(ref(), period, flags);
        });
    }

    default void pinEmulator(boolean[] cpumap, int flags) {
        Dispatch.write(getConnect(), "virDomainPinEmulator", () -> hv().domainPinEmulator(ref(), cpumap, flags));
    }

    default boolean[] getEmulatorPinInfo(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetEmulatorPinInfo", () -> {
            TuningChecks.liveConfig(flags);
            return hv().domainGetEmulatorPinInfo(ref(), flags);
        });
    }

    default List<DomainIOThreadInfo> getIOThreadInfo(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetIOThreadInfo", () -> {
            TuningChecks.liveConfig(flags);
            return hv().domainGetIOThreadInfo(ref(), flags);
        });
    }

    default void pinIOThread(int iothreadId, boolean[] cpumap, int flags) {
        Dispatch.write(getConnect(), "virDomainPinIOThread", () -> {
            TuningChecks.liveConfig(flags);
            hv().domainPinIOThread(ref(), iothreadId, cpumap, flags);
        });
    }

    default void addIOThread(int iothreadId, int flags) {
        Dispatch.write(getConnect(), "virDomainAddIOThread", () -> {
            TuningChecks.liveConfig(flags);
            hv().domainAddIOThread(ref(), iothreadId, flags);
        });
    }

    default void delIOThread(int iothreadId, int flags) {
        Dispatch.write(getConnect(), "virDomainDelIOThread", () -> {
            TuningChecks.liveConfig(flags);
            TuningChecks.iothreadId(iothreadId, "virDomainDelIOThread");
            hv().domainDelIOThread(ref(), iothreadId, flags);
        });
    }

    default void setIOThreadParams(int iothreadId, List<TypedParameter> params, int flags) {
        String fn = "virDomainSetIOThreadParams";
        Dispatch.write(getConnect(), fn, () -> {
            TuningChecks.liveConfig(flags);
            hv().domainSetIOThreadParams(ref(), iothreadId, TuningChecks.params(params, fn), flags);
        });
    }

    default void setVcpu(String vcpumap, int state, int flags) {
        String fn = "virDomainSetVcpu";
        Dispatch.write(getConnect(), fn, () -> hv().domainSetVcpu(ref(), requireArg(vcpumap, "vcpumap", fn),
                state, flags));
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
}
