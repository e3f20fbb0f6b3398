package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.List;
import org.jvirt.spi.HypervisorDriver;

/**
 * The typed-parameter tuning calls of {@link Domain}: memory, blkio, NUMA, perf, interface and block I/O tuning,
 * lifecycle actions, launch security. Split out of Domain by concern (DESIGN.md rule 11); Domain alone implements
 * it.
 */
public sealed interface DomainTuningCalls extends DomainCalls permits Domain {

    private HypervisorDriver hv() {
        return getConnect().hv();
    }

    /** virDomainGetMemoryParameters: hard_limit, soft_limit, swap_hard_limit... in KiB (ULLONG). */
    /**
     * The first phase of a two-phase getter (the C call with nparams 0), which the wire protocol passes on:
     * the number of parameters, with the same public checks as the full call.
     */
    default int getParameterCount(ParameterGetter getter, String device, int flags) {
        String fn = getter.function();
        return Dispatch.read(getConnect(), fn, () -> {
            if (getter != ParameterGetter.NUMA) {
                TuningChecks.liveConfig(flags);
            }
            String dev = getter == ParameterGetter.INTERFACE ? requireArg(device, "device", fn) : null;
            return hv().domainGetParameterCount(ref(), getter, dev, flags);
        });
    }

    default List<TypedParameter> getMemoryParameters(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetMemoryParameters", () -> {
            TuningChecks.liveConfig(flags);
            return hv().domainGetMemoryParameters(ref(), flags);
        });
    }

    default void setMemoryParameters(List<TypedParameter> params, int flags) {
        String fn = "virDomainSetMemoryParameters";
        Dispatch.write(getConnect(), fn,
                () -> hv().domainSetMemoryParameters(ref(), TuningChecks.params(params, fn), flags));
    }

    default List<TypedParameter> getBlkioParameters(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetBlkioParameters", () -> {
            TuningChecks.liveConfig(flags);
            return hv().domainGetBlkioParameters(ref(), flags);
        });
    }

    default void setBlkioParameters(List<TypedParameter> params, int flags) {
        String fn = "virDomainSetBlkioParameters";
        Dispatch.write(getConnect(), fn,
                () -> hv().domainSetBlkioParameters(ref(), TuningChecks.params(params, fn), flags));
    }

    default List<TypedParameter> getNumaParameters(int flags) {
        // unlike the memory, blkio and interface getters, libvirt's public layer leaves LIVE|CONFIG to the driver
        return Dispatch.read(getConnect(), "virDomainGetNumaParameters", () -> hv().domainGetNumaParameters(ref(), flags));
    }

    default void setNumaParameters(List<TypedParameter> params, int flags) {
        String fn = "virDomainSetNumaParameters";
        Dispatch.write(getConnect(), fn,
                () -> hv().domainSetNumaParameters(ref(), TuningChecks.params(params, fn), flags));
    }

    default List<TypedParameter> getPerfEvents(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetPerfEvents", () -> hv().domainGetPerfEvents(ref(), flags));
    }

    default void setPerfEvents(List<TypedParameter> params, int flags) {
        Dispatch.write(getConnect(), "virDomainSetPerfEvents", () -> hv().domainSetPerfEvents(ref(), params, flags));
    }

    default List<TypedParameter> getInterfaceParameters(String device, int flags) {
        String fn = "virDomainGetInterfaceParameters";
        return Dispatch.read(getConnect(), fn, () -> {
            TuningChecks.liveConfig(flags);
            return hv().domainGetInterfaceParameters(ref(), requireArg(device, "device", fn), flags);
        });
    }

    default void setInterfaceParameters(String device, List<TypedParameter> params, int flags) {
        String fn = "virDomainSetInterfaceParameters";
        Dispatch.write(getConnect(), fn, () -> hv().domainSetInterfaceParameters(ref(),
                requireArg(device, "device", fn), TuningChecks.params(params, fn), flags));
    }

    default List<TypedParameter> getBlockIoTune(String disk, int flags) {
        return Dispatch.read(getConnect(), "virDomainGetBlockIoTune", () -> {
            TuningChecks.liveConfig(flags);
            return hv().domainGetBlockIoTune(ref(), disk, flags);
        });
    }

    default void setBlockIoTune(String disk, List<TypedParameter> params, int flags) {
        String fn = "virDomainSetBlockIoTune";
        Dispatch.write(getConnect(), fn, () -> hv().domainSetBlockIoTune(ref(), requireArg(disk, "disk", fn),
                TuningChecks.params(params, fn), flags));
    }

    /** virDomainSetLifecycleAction: type is VIR_DOMAIN_LIFECYCLE_*, action VIR_DOMAIN_LIFECYCLE_ACTION_*. */
    default void setLifecycleAction(int type, int action, int flags) {
        Dispatch.write(getConnect(), "virDomainSetLifecycleAction", () -> {
            TuningChecks.lifecycle(type, action);
            hv().domainSetLifecycleAction(ref(), type, action, flags);
        });
    }

    default List<TypedParameter> getLaunchSecurityInfo(int flags) {
        // the public layer adds VIR_TYPED_PARAM_STRING_OKAY: every jvirt driver takes string parameters
        return Dispatch.read(getConnect(), "virDomainGetLaunchSecurityInfo",
                () -> hv().domainGetLaunchSecurityInfo(ref(), flags | 4));
    }

    default void setLaunchSecurityState(List<TypedParameter> params, int flags) {
        Dispatch.write(getConnect(), "virDomainSetLaunchSecurityState",
                () -> hv().domainSetLaunchSecurityState(ref(), params, flags));
    }
}
