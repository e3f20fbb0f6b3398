package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainProcedures.*;

import org.jvirt.Domain;
import org.jvirt.ParameterGetter;
import org.jvirt.rpc.remote.DomainGetBlockIoTuneRet;
import org.jvirt.rpc.remote.DomainGetInterfaceParametersRet;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * Per-device tuning procedures (remoteDispatchDomainSet/GetInterfaceParameters, Set/GetBlockIoTune) onto the
 * public API, with the typed-parameter paging of {@link TuningHandlers}. GET_BLOCK_IO_TUNE may come without a
 * disk when it only asks for the count, as virsh's first call does.
 */
final class DeviceTuneHandlers {

    /** How many parameters virDomainGetBlockIoTune has in libvirt 9.0 (test and QEMU drivers alike). */
    static final int BLOCK_IO_TUNE_COUNT = 20;

    private DeviceTuneHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_GET_INTERFACE_PARAMETERS, (c, a) -> {
            Domain d = c.domain(a.dom());
            // the driver's count phase: libvirt's drivers give it before looking for the interface, so virsh's
            // first call succeeds for any device name and its error comes from the second
            TuningHandlers.Page p = TuningHandlers.page(a.nparams(), RemoteLimits.DOMAIN_INTERFACE_PARAMETERS_MAX,
                    a.flags(), f -> d.getInterfaceParameters(a.device(), f),
                    f -> d.getParameterCount(ParameterGetter.INTERFACE, a.device(), f));
            return new DomainGetInterfaceParametersRet(p.params(), p.nparams());
        });
        t.on(DOMAIN_SET_INTERFACE_PARAMETERS, (c, a) -> {
            c.domain(a.dom()).setInterfaceParameters(a.device(), RemoteTypedParams.fromWire(a.params()), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_GET_BLOCK_IO_TUNE, (c, a) -> {
            Domain d = c.domain(a.dom());
            if (a.disk() == null) {
                // virsh's count-only call; the values need a disk, as libvirt's public layer says
                if (a.nparams() != 0) {
                    throw org.jvirt.error.VirtException.raw(org.jvirt.error.ErrorCode.INVALID_ARG,
                            org.jvirt.error.ErrorDomain.DOMAIN, "disk in virDomainGetBlockIoTune must not be NULL",
                            "virDomainGetBlockIoTune", "disk");
                }
                d.getBlockIoTune(null, a.flags());
                return new DomainGetBlockIoTuneRet(java.util.List.of(), BLOCK_IO_TUNE_COUNT);
            }
            TuningHandlers.Page p = TuningHandlers.page(a.nparams(), RemoteLimits.DOMAIN_BLOCK_IO_TUNE_PARAMETERS_MAX,
                    a.flags(), f -> d.getBlockIoTune(a.disk(), f));
            return new DomainGetBlockIoTuneRet(p.params(), p.nparams());
        });
        t.on(DOMAIN_SET_BLOCK_IO_TUNE, (c, a) -> {
            c.domain(a.dom()).setBlockIoTune(a.disk(), RemoteTypedParams.fromWire(a.params()), a.flags());
            return XdrVoid.VOID;
        });
    }
}
