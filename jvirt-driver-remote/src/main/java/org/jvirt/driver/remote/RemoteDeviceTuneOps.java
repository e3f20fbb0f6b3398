package org.jvirt.driver.remote;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.DomainGetBlockIoTuneArgs;
import org.jvirt.rpc.remote.DomainGetInterfaceParametersArgs;
import org.jvirt.rpc.remote.DomainSetBlockIoTuneArgs;
import org.jvirt.rpc.remote.DomainSetInterfaceParametersArgs;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.spi.DomainRef;

/**
 * Per-device tuning entries of the remote hypervisor table: interface bandwidth and disk I/O throttling, the
 * getters asking for the count first (nparams 0) and then that many, with VIR_TYPED_PARAM_STRING_OKAY.
 */
interface RemoteDeviceTuneOps extends RemoteTable {

    @Override
    default List<TypedParameter> domainGetInterfaceParameters(DomainRef dom, String device, int flags) {
        int f = flags | RemoteTuningOps.STRING_OKAY;
        int n = rpc().call(DomainProcedures.DOMAIN_GET_INTERFACE_PARAMETERS,
                new DomainGetInterfaceParametersArgs(RemoteWire.dom(dom), device, 0, f)).nparams();
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_INTERFACE_PARAMETERS,
                new DomainGetInterfaceParametersArgs(RemoteWire.dom(dom), device, n, f)).params());
    }

    @Override
    default void domainSetInterfaceParameters(DomainRef dom, String device, List<TypedParameter> params, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_INTERFACE_PARAMETERS, new DomainSetInterfaceParametersArgs(
                RemoteWire.dom(dom), device, RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default List<TypedParameter> domainGetBlockIoTune(DomainRef dom, String disk, int flags) {
        int f = flags | RemoteTuningOps.STRING_OKAY;
        int n = rpc().call(DomainProcedures.DOMAIN_GET_BLOCK_IO_TUNE,
                new DomainGetBlockIoTuneArgs(RemoteWire.dom(dom), disk, 0, f)).nparams();
        if (disk == null) {
            // virsh's count-only call: libvirt refuses a disk-less call for the values themselves
            return List.of();
        }
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_BLOCK_IO_TUNE,
                new DomainGetBlockIoTuneArgs(RemoteWire.dom(dom), disk, n, f)).params());
    }

    @Override
    default void domainSetBlockIoTune(DomainRef dom, String disk, List<TypedParameter> params, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_BLOCK_IO_TUNE, new DomainSetBlockIoTuneArgs(
                RemoteWire.dom(dom), disk, RemoteTypedParams.toWire(params), flags));
    }
}
