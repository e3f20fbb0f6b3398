package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainFSInfo;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.DomainFsfreezeRet;
import org.jvirt.rpc.remote.DomainFsinfo;
import org.jvirt.rpc.remote.DomainFsthawRet;
import org.jvirt.rpc.remote.DomainGetCpuStatsRet;
import org.jvirt.rpc.remote.DomainGetFsinfoRet;
import org.jvirt.rpc.remote.DomainInterfaceAddressesRet;
import org.jvirt.rpc.remote.DomainIpAddr;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.rpc.xdr.XdrVoid;

/** Guest procedures: keys, NMI, signals, passwords, filesystems, interface addresses, CPU statistics. */
final class GuestHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;

    private GuestHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_INJECT_NMI, (c, a) -> {
            c.domain(a.dom()).injectNMI(a.flags());
            return VOID;
        });
        t.on(DOMAIN_SEND_KEY, (c, a) -> {
            c.domain(a.dom()).sendKey(a.codeset(), a.holdtime(), a.keycodes(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_SEND_PROCESS_SIGNAL, (c, a) -> {
            c.domain(a.dom()).sendProcessSignal(a.pidValue(), a.signum(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_SET_USER_PASSWORD, (c, a) -> {
            c.domain(a.dom()).setUserPassword(a.user(), a.password(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_FSFREEZE, (c, a) -> new DomainFsfreezeRet(c.domain(a.dom()).fsFreeze(a.mountpoints(), a.flags())));
        t.on(DOMAIN_FSTHAW, (c, a) -> new DomainFsthawRet(c.domain(a.dom()).fsThaw(a.mountpoints(), a.flags())));
        t.on(DOMAIN_FSTRIM, (c, a) -> {
            c.domain(a.dom()).fsTrim(a.mountPoint(), a.minimum(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_FSINFO, (c, a) -> {
            List<DomainFsinfo> out = new ArrayList<>();
            for (DomainFSInfo i : c.domain(a.dom()).getFSInfo(a.flags())) {
                out.add(new DomainFsinfo(i.mountpoint(), i.name(), i.fstype(), i.devAliases()));
            }
            return new DomainGetFsinfoRet(out, out.size());
        });
        t.on(DOMAIN_INTERFACE_ADDRESSES, (c, a) -> {
            List<org.jvirt.rpc.remote.DomainInterface> out = new ArrayList<>();
            for (org.jvirt.DomainInterface i : c.domain(a.dom()).interfaceAddresses(a.source(), a.flags())) {
                List<DomainIpAddr> addrs = new ArrayList<>();
                for (org.jvirt.DomainInterface.Address ad : i.addrs()) {
                    addrs.add(new DomainIpAddr(ad.type(), ad.addr(), ad.prefix()));
                }
                out.add(new org.jvirt.rpc.remote.DomainInterface(i.name(), i.hwaddr(), addrs));
            }
            return new DomainInterfaceAddressesRet(out);
        });
        t.on(DOMAIN_GET_CPU_STATS, (c, a) -> cpuStats(c.domain(a.dom()), a.nparams(), a.startCpu(), a.ncpus(), a.flags()));
    }

    /**
     * remoteDispatchDomainGetCPUStats over the list-shaped API: nparams 0 asks for a count (of CPUs when ncpus is 0,
     * else of parameters per CPU); otherwise nparams values per CPU, and the per-CPU count as the result.
     */
    private static DomainGetCpuStatsRet cpuStats(Domain d, int nparams, int start, int ncpus, int flags) {
        if (nparams < 0 || nparams > RemoteLimits.NODE_CPU_STATS_MAX) {
            throw Wire.internal("nparams too large");
        }
        if (ncpus < 0 || ncpus > RemoteLimits.DOMAIN_GET_CPU_STATS_NCPUS_MAX) {
            throw Wire.internal("ncpus too large");
        }
        if (nparams == 0 && ncpus == 0) {
            return new DomainGetCpuStatsRet(List.of(), d.getCPUStatsCount(flags));
        }
        List<List<TypedParameter>> rows = start == -1 ? List.of(d.getCPUStatsTotal(flags))
                : d.getCPUStats(start, nparams == 0 ? 1 : ncpus, flags);
        int per = rows.isEmpty() ? 0 : rows.get(0).size();
        if (nparams == 0) {
            return new DomainGetCpuStatsRet(List.of(), per);
        }
        List<TypedParameter> flat = new ArrayList<>();
        for (List<TypedParameter> r : rows) {
            flat.addAll(Wire.first(r, nparams));
        }
        return new DomainGetCpuStatsRet(RemoteTypedParams.toWire(flat), Math.min(per, nparams));
    }
}
