package org.jvirt.driver.remote;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.DomainGetBlkioParametersArgs;
import org.jvirt.rpc.remote.DomainGetEmulatorPinInfoArgs;
import org.jvirt.rpc.remote.DomainGetMemoryParametersArgs;
import org.jvirt.rpc.remote.DomainGetNumaParametersArgs;
import org.jvirt.rpc.remote.DomainGetPerfEventsArgs;
import org.jvirt.rpc.remote.DomainPinEmulatorArgs;
import org.jvirt.rpc.remote.DomainRenameArgs;
import org.jvirt.rpc.remote.DomainSetBlkioParametersArgs;
import org.jvirt.rpc.remote.DomainSetLifecycleActionArgs;
import org.jvirt.rpc.remote.DomainSetMemoryParametersArgs;
import org.jvirt.rpc.remote.DomainSetNumaParametersArgs;
import org.jvirt.rpc.remote.DomainSetPerfEventsArgs;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.spi.DomainRef;

/**
 * The tuning entries of the remote hypervisor table. Typed-parameter getters ask as libvirt's clients do: first
 * the count (nparams 0), then that many, with VIR_TYPED_PARAM_STRING_OKAY, which libvirt's public layer adds
 * for every driver that takes string parameters (the remote one does).
 */
interface RemoteTuningOps extends RemoteTable {

    /** VIR_TYPED_PARAM_STRING_OKAY. */
    int STRING_OKAY = 4;

    @Override
    default List<TypedParameter> domainGetMemoryParameters(DomainRef dom, int flags) {
        int f = flags | STRING_OKAY;
        int n = rpc().call(DomainProcedures.DOMAIN_GET_MEMORY_PARAMETERS,
                new DomainGetMemoryParametersArgs(RemoteWire.dom(dom), 0, f)).nparams();
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_MEMORY_PARAMETERS,
                new DomainGetMemoryParametersArgs(RemoteWire.dom(dom), n, f)).params());
    }

    @Override
    default void domainSetMemoryParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_MEMORY_PARAMETERS, new DomainSetMemoryParametersArgs(
                RemoteWire.dom(dom), RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default List<TypedParameter> domainGetBlkioParameters(DomainRef dom, int flags) {
        int f = flags | STRING_OKAY;
        int n = rpc().call(DomainProcedures.DOMAIN_GET_BLKIO_PARAMETERS,
                new DomainGetBlkioParametersArgs(RemoteWire.dom(dom), 0, f)).nparams();
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_BLKIO_PARAMETERS,
                new DomainGetBlkioParametersArgs(RemoteWire.dom(dom), n, f)).params());
    }

    @Override
    default void domainSetBlkioParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_BLKIO_PARAMETERS, new DomainSetBlkioParametersArgs(
                RemoteWire.dom(dom), RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default List<TypedParameter> domainGetNumaParameters(DomainRef dom, int flags) {
        int f = flags | STRING_OKAY;
        int n = rpc().call(DomainProcedures.DOMAIN_GET_NUMA_PARAMETERS,
                new DomainGetNumaParametersArgs(RemoteWire.dom(dom), 0, f)).nparams();
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_NUMA_PARAMETERS,
                new DomainGetNumaParametersArgs(RemoteWire.dom(dom), n, f)).params());
    }

    @Override
    default void domainSetNumaParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_NUMA_PARAMETERS, new DomainSetNumaParametersArgs(
                RemoteWire.dom(dom), RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default List<TypedParameter> domainGetPerfEvents(DomainRef dom, int flags) {
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_PERF_EVENTS,
                new DomainGetPerfEventsArgs(RemoteWire.dom(dom), flags)).params());
    }

    @Override
    default void domainSetPerfEvents(DomainRef dom, List<TypedParameter> params, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_PERF_EVENTS, new DomainSetPerfEventsArgs(
                RemoteWire.dom(dom), RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default void domainSetLifecycleAction(DomainRef dom, int type, int action, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_LIFECYCLE_ACTION,
                new DomainSetLifecycleActionArgs(RemoteWire.dom(dom), type, action, flags));
    }

    @Override
    default void domainPinEmulator(DomainRef dom, boolean[] cpumap, int flags) {
        rpc().call(DomainProcedures.DOMAIN_PIN_EMULATOR,
                new DomainPinEmulatorArgs(RemoteWire.dom(dom), RemoteWire.bitmap(cpumap), flags));
    }

    @Override
    default boolean[] domainGetEmulatorPinInfo(DomainRef dom, int flags) {
        int cpus = hostCpus();
        int maplen = RemoteWire.mapLen(cpus);
        byte[] map = rpc().call(DomainProcedures.DOMAIN_GET_EMULATOR_PIN_INFO,
                new DomainGetEmulatorPinInfoArgs(RemoteWire.dom(dom), maplen, flags)).cpumaps();
        return RemoteWire.cpus(map, 0, cpus);
    }

    /** remoteDomainRename: the handle takes the new name once the daemon agrees. */
    @Override
    default DomainRef domainRename(DomainRef dom, String newName, int flags) {
        rpc().call(DomainProcedures.DOMAIN_RENAME, new DomainRenameArgs(RemoteWire.dom(dom), newName, flags));
        return new DomainRef(newName, dom.uuid(), dom.id());
    }
}
