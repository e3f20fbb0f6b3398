package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainProcedures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.jvirt.Domain;
import org.jvirt.ParameterGetter;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.DomainGetBlkioParametersRet;
import org.jvirt.rpc.remote.DomainGetEmulatorPinInfoRet;
import org.jvirt.rpc.remote.DomainGetMemoryParametersRet;
import org.jvirt.rpc.remote.DomainGetNumaParametersRet;
import org.jvirt.rpc.remote.DomainGetPerfEventsRet;
import org.jvirt.rpc.remote.DomainRenameRet;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.rpc.remote.TypedParam;
import org.jvirt.rpc.xdr.XdrVoid;

/** Tuning procedures: typed-parameter getters and setters, lifecycle actions, the emulator pin, rename. */
final class TuningHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;
    /** VIR_TYPED_PARAM_STRING_OKAY. */
    private static final int STRING_OKAY = 4;

    private TuningHandlers() {
    }

    /**
     * The two-phase getters (libvirt's remoteDispatch...Parameters): nparams 0 asks only for the count; otherwise
     * at most nparams parameters, string ones only for a client that said it takes them.
     */
    record Page(List<TypedParam> params, int nparams) {
    }

    static Page page(int nparams, int max, int flags, Function<Integer, List<TypedParameter>> get) {
        return page(nparams, max, flags, get, f -> get.apply(f).size());
    }

    /** As above, with the driver's own answer to the count phase ({@code count}), which may check less. */
    static Page page(int nparams, int max, int flags, Function<Integer, List<TypedParameter>> get,
            IntUnaryOperator count) {
        NodeHandlers.checkNparams(nparams, max);
        if (nparams == 0) {
            return new Page(List.of(), count.applyAsInt(flags));
        }
        List<TypedParameter> all = get.apply(flags);
        List<TypedParameter> out = new ArrayList<>();
        for (TypedParameter p : Wire.first(all, nparams)) {
            if ((flags & STRING_OKAY) != 0 || !(p instanceof TypedParameter.Str)) {
                out.add(p);
            }
        }
        return new Page(RemoteTypedParams.toWire(out), out.size());
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_GET_MEMORY_PARAMETERS, (c, a) -> {
            Domain d = c.domain(a.dom());
            Page p = page(a.nparams(), RemoteLimits.DOMAIN_MEMORY_PARAMETERS_MAX, a.flags(), d::getMemoryParameters,
                    f -> d.getParameterCount(ParameterGetter.MEMORY, null, f));
            return new DomainGetMemoryParametersRet(p.params(), p.nparams());
        });
        t.on(DOMAIN_SET_MEMORY_PARAMETERS, (c, a) -> {
            c.domain(a.dom()).setMemoryParameters(RemoteTypedParams.fromWire(a.params()), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_BLKIO_PARAMETERS, (c, a) -> {
            Domain d = c.domain(a.dom());
            Page p = page(a.nparams(), RemoteLimits.DOMAIN_BLKIO_PARAMETERS_MAX, a.flags(), d::getBlkioParameters,
                    f -> d.getParameterCount(ParameterGetter.BLKIO, null, f));
            return new DomainGetBlkioParametersRet(p.params(), p.nparams());
        });
        t.on(DOMAIN_SET_BLKIO_PARAMETERS, (c, a) -> {
            c.domain(a.dom()).setBlkioParameters(RemoteTypedParams.fromWire(a.params()), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_NUMA_PARAMETERS, (c, a) -> {
            Domain d = c.domain(a.dom());
            Page p = page(a.nparams(), RemoteLimits.DOMAIN_NUMA_PARAMETERS_MAX, a.flags(), d::getNumaParameters,
                    f -> d.getParameterCount(ParameterGetter.NUMA, null, f));
            return new DomainGetNumaParametersRet(p.params(), p.nparams());
        });
        t.on(DOMAIN_SET_NUMA_PARAMETERS, (c, a) -> {
            c.domain(a.dom()).setNumaParameters(RemoteTypedParams.fromWire(a.params()), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_PERF_EVENTS, (c, a) -> new DomainGetPerfEventsRet(
                RemoteTypedParams.toWire(c.domain(a.dom()).getPerfEvents(a.flags()))));
        t.on(DOMAIN_SET_PERF_EVENTS, (c, a) -> {
            c.domain(a.dom()).setPerfEvents(RemoteTypedParams.fromWire(a.params()), a.flags());
            return VOID;
        });
        t.on(DOMAIN_SET_LIFECYCLE_ACTION, (c, a) -> {
            c.domain(a.dom()).setLifecycleAction(a.type(), a.action(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_PIN_EMULATOR, (c, a) -> {
            c.domain(a.dom()).pinEmulator(Wire.cpus(a.cpumap()), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_EMULATOR_PIN_INFO, (c, a) -> {
            if (a.maplen() < 0 || a.maplen() > RemoteLimits.CPUMAPS_MAX) {
                throw Wire.internal("maplen > REMOTE_CPUMAPS_MAX");
            }
            boolean[] pin = c.domain(a.dom()).getEmulatorPinInfo(a.flags());
            byte[] map = new byte[a.maplen()];
            Wire.putCpus(pin, map, 0, a.maplen());
            return new DomainGetEmulatorPinInfoRet(map, 1);
        });
        t.on(DOMAIN_RENAME, (c, a) -> {
            c.domain(a.dom()).rename(a.newName(), a.flags());
            return new DomainRenameRet(0);
        });
    }
}
