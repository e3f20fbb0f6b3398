package org.jvirt.driver.remote;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.DomainFSInfo;
import org.jvirt.DomainInterface;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.DomainFsfreezeArgs;
import org.jvirt.rpc.remote.DomainFsinfo;
import org.jvirt.rpc.remote.DomainFsthawArgs;
import org.jvirt.rpc.remote.DomainFstrimArgs;
import org.jvirt.rpc.remote.DomainGetCpuStatsArgs;
import org.jvirt.rpc.remote.DomainGetCpuStatsRet;
import org.jvirt.rpc.remote.DomainGetFsinfoArgs;
import org.jvirt.rpc.remote.DomainInjectNmiArgs;
import org.jvirt.rpc.remote.DomainInterfaceAddressesArgs;
import org.jvirt.rpc.remote.DomainIpAddr;
import org.jvirt.rpc.remote.DomainSendKeyArgs;
import org.jvirt.rpc.remote.DomainSendProcessSignalArgs;
import org.jvirt.rpc.remote.DomainSetUserPasswordArgs;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.spi.DomainRef;

/** The guest entries of the remote hypervisor table (keys, NMI, signals, filesystems, addresses, CPU time). */
interface RemoteGuestOps extends RemoteTable {

    @Override
    default void domainInjectNMI(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_INJECT_NMI, new DomainInjectNmiArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default void domainSendKey(DomainRef dom, int codeset, int holdtime, int[] keycodes, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SEND_KEY,
                new DomainSendKeyArgs(RemoteWire.dom(dom), codeset, holdtime, keycodes, flags));
    }

    @Override
    default void domainSendProcessSignal(DomainRef dom, long pid, int signum, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SEND_PROCESS_SIGNAL,
                new DomainSendProcessSignalArgs(RemoteWire.dom(dom), pid, signum, flags));
    }

    @Override
    default void domainSetUserPassword(DomainRef dom, String user, String password, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_USER_PASSWORD,
                new DomainSetUserPasswordArgs(RemoteWire.dom(dom), user, password, flags));
    }

    @Override
    default int domainFSFreeze(DomainRef dom, List<String> mountpoints, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_FSFREEZE,
                new DomainFsfreezeArgs(RemoteWire.dom(dom), mountpoints, flags)).filesystems();
    }

    @Override
    default int domainFSThaw(DomainRef dom, List<String> mountpoints, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_FSTHAW,
                new DomainFsthawArgs(RemoteWire.dom(dom), mountpoints, flags)).filesystems();
    }

    @Override
    default void domainFSTrim(DomainRef dom, String mountPoint, long minimum, int flags) {
        rpc().call(DomainProcedures.DOMAIN_FSTRIM, new DomainFstrimArgs(RemoteWire.dom(dom), mountPoint, minimum, flags));
    }

    @Override
    default List<DomainFSInfo> domainGetFSInfo(DomainRef dom, int flags) {
        List<DomainFSInfo> out = new ArrayList<>();
        for (DomainFsinfo i : rpc().call(DomainProcedures.DOMAIN_GET_FSINFO,
                new DomainGetFsinfoArgs(RemoteWire.dom(dom), flags)).info()) {
            out.add(new DomainFSInfo(i.mountpoint(), i.name(), i.fstype(), i.devAliases()));
        }
        return out;
    }

    @Override
    default List<DomainInterface> domainInterfaceAddresses(DomainRef dom, int source, int flags) {
        List<DomainInterface> out = new ArrayList<>();
        for (org.jvirt.rpc.remote.DomainInterface i : rpc().call(DomainProcedures.DOMAIN_INTERFACE_ADDRESSES,
                new DomainInterfaceAddressesArgs(RemoteWire.dom(dom), source, flags)).ifaces()) {
            List<DomainInterface.Address> addrs = new ArrayList<>();
            for (DomainIpAddr a : i.addrs()) {
                addrs.add(new DomainInterface.Address(a.type(), a.addr(), a.prefix()));
            }
            out.add(new DomainInterface(i.name(), i.hwaddr(), addrs));
        }
        return out;
    }

    @Override
    default int domainGetCPUStatsCount(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_GET_CPU_STATS,
                new DomainGetCpuStatsArgs(RemoteWire.dom(dom), 0, 0, 0, flags)).nparams();
    }

    /** As virsh asks: the parameters per CPU first, then the values, split into one list per CPU. */
    @Override
    default List<List<TypedParameter>> domainGetCPUStats(DomainRef dom, int startCpu, int ncpus, int flags) {
        int per = rpc().call(DomainProcedures.DOMAIN_GET_CPU_STATS,
                new DomainGetCpuStatsArgs(RemoteWire.dom(dom), 0, startCpu, 1, flags)).nparams();
        if (per == 0) {
            return List.of();
        }
        DomainGetCpuStatsRet r = rpc().call(DomainProcedures.DOMAIN_GET_CPU_STATS,
                new DomainGetCpuStatsArgs(RemoteWire.dom(dom), per, startCpu, ncpus, flags));
        List<TypedParameter> all = RemoteTypedParams.fromWire(r.params());
        List<List<TypedParameter>> out = new ArrayList<>();
        for (int i = 0; i + per <= all.size(); i += per) {
            out.add(List.copyOf(all.subList(i, i + per)));
        }
        return out;
    }
}
