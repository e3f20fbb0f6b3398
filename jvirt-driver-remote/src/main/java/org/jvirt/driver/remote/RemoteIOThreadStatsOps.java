package org.jvirt.driver.remote;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.DomainIOThreadInfo;
import org.jvirt.DomainStatsRecord;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.ConnectGetAllDomainStatsArgs;
import org.jvirt.rpc.remote.DomainAddIothreadArgs;
import org.jvirt.rpc.remote.DomainDelIothreadArgs;
import org.jvirt.rpc.remote.DomainGetIothreadInfoArgs;
import org.jvirt.rpc.remote.DomainIothreadInfo;
import org.jvirt.rpc.remote.DomainPinIothreadArgs;
import org.jvirt.rpc.remote.DomainSetIothreadParamsArgs;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.spi.DomainRef;

/** The IOThread and bulk-statistics entries of the remote hypervisor table. */
interface RemoteIOThreadStatsOps extends RemoteTable {

    @Override
    default List<DomainIOThreadInfo> domainGetIOThreadInfo(DomainRef dom, int flags) {
        List<DomainIOThreadInfo> out = new ArrayList<>();
        for (DomainIothreadInfo i : rpc().call(DomainProcedures.DOMAIN_GET_IOTHREAD_INFO,
                new DomainGetIothreadInfoArgs(RemoteWire.dom(dom), flags)).info()) {
            out.add(new DomainIOThreadInfo(i.iothreadId(), RemoteWire.cpus(i.cpumap(), 0, i.cpumap().length * 8)));
        }
        return out;
    }

    @Override
    default void domainPinIOThread(DomainRef dom, int iothreadId, boolean[] cpumap, int flags) {
        rpc().call(DomainProcedures.DOMAIN_PIN_IOTHREAD,
                new DomainPinIothreadArgs(RemoteWire.dom(dom), iothreadId, RemoteWire.bitmap(cpumap), flags));
    }

    @Override
    default void domainAddIOThread(DomainRef dom, int iothreadId, int flags) {
        rpc().call(DomainProcedures.DOMAIN_ADD_IOTHREAD, new DomainAddIothreadArgs(RemoteWire.dom(dom), iothreadId, flags));
    }

    @Override
    default void domainDelIOThread(DomainRef dom, int iothreadId, int flags) {
        rpc().call(DomainProcedures.DOMAIN_DEL_IOTHREAD, new DomainDelIothreadArgs(RemoteWire.dom(dom), iothreadId, flags));
    }

    @Override
    default void domainSetIOThreadParams(DomainRef dom, int iothreadId, List<TypedParameter> params, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_IOTHREAD_PARAMS, new DomainSetIothreadParamsArgs(RemoteWire.dom(dom),
                iothreadId, RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default List<DomainStatsRecord> connectGetAllDomainStats(List<DomainRef> doms, int stats, int flags) {
        List<NonnullDomain> wire = new ArrayList<>();
        if (doms != null) {
            for (DomainRef d : doms) {
                wire.add(RemoteWire.dom(d));
            }
        }
        List<DomainStatsRecord> out = new ArrayList<>();
        for (org.jvirt.rpc.remote.DomainStatsRecord r : rpc().call(DomainProcedures.CONNECT_GET_ALL_DOMAIN_STATS,
                new ConnectGetAllDomainStatsArgs(wire, stats, flags)).retStats()) {
            out.add(new DomainStatsRecord(RemoteWire.ref(r.dom()), RemoteTypedParams.fromWire(r.params())));
        }
        return out;
    }
}
