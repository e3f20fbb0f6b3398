package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainIOThreadInfo;
import org.jvirt.rpc.remote.ConnectGetAllDomainStatsRet;
import org.jvirt.rpc.remote.DomainGetIothreadInfoRet;
import org.jvirt.rpc.remote.DomainIothreadInfo;
import org.jvirt.rpc.remote.DomainStatsRecord;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.rpc.xdr.XdrVoid;

/** IOThread procedures and bulk domain statistics (virConnectGetAllDomainStats / virDomainListGetStats). */
final class IOThreadStatsHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;

    private IOThreadStatsHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_GET_IOTHREAD_INFO, (c, a) -> {
            List<DomainIothreadInfo> out = new ArrayList<>();
            for (DomainIOThreadInfo i : c.domain(a.dom()).getIOThreadInfo(a.flags())) {
                byte[] map = new byte[Wire.mapLen(i.cpumap().length)];
                Wire.putCpus(i.cpumap(), map, 0, map.length);
                out.add(new DomainIothreadInfo(i.iothreadId(), map));
            }
            return new DomainGetIothreadInfoRet(out, out.size());
        });
        t.on(DOMAIN_PIN_IOTHREAD, (c, a) -> {
            c.domain(a.dom()).pinIOThread(a.iothreadsId(), Wire.cpus(a.cpumap()), a.flags());
            return VOID;
        });
        t.on(DOMAIN_ADD_IOTHREAD, (c, a) -> {
            c.domain(a.dom()).addIOThread(a.iothreadId(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_DEL_IOTHREAD, (c, a) -> {
            c.domain(a.dom()).delIOThread(a.iothreadId(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_SET_IOTHREAD_PARAMS, (c, a) -> {
            c.domain(a.dom()).setIOThreadParams(a.iothreadId(), RemoteTypedParams.fromWire(a.params()), a.flags());
            return VOID;
        });
        t.on(CONNECT_GET_ALL_DOMAIN_STATS, (c, a) -> {
            List<org.jvirt.DomainStatsRecord> records;
            if (a.doms().isEmpty()) {
                records = c.conn().getAllDomainStats(a.stats(), a.flags());
            } else {
                List<Domain> doms = new ArrayList<>();
                for (NonnullDomain d : a.doms()) {
                    doms.add(c.domain(d));
                }
                records = c.conn().domainListGetStats(doms, a.stats(), a.flags());
            }
            List<DomainStatsRecord> out = new ArrayList<>();
            for (org.jvirt.DomainStatsRecord r : records) {
                out.add(new DomainStatsRecord(Wire.dom(c.conn().domain(r.dom())), RemoteTypedParams.toWire(r.params())));
            }
            return new ConnectGetAllDomainStatsRet(out);
        });
    }
}
