package org.jvirt.driver.remote;

import org.jvirt.NodeInfo;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.DomainEventCallback;
import org.jvirt.spi.DomainRef;

/**
 * The hypervisor table of a remote connection: every entry forwards to the daemon (the parts hold the plain
 * forwards), and a daemon error comes back as the daemon raised it. Entries that are answered locally in
 * libvirt's remote driver are answered locally here too.
 */
final class RemoteHypervisorDriver implements RemoteConnectOps, RemoteDomainOps, RemoteDomainInfoOps,
        RemoteSnapshotOps, RemoteTuningOps, RemoteDeviceTuneOps, RemoteGuestOps, RemoteIOThreadStatsOps,
        RemoteAgentOps, RemoteHostOps, RemoteCheckpointOps, RemoteBlockJobOps, RemoteQemuOps {

    private final RemoteConnection connection;
    private volatile String type;
    private volatile int hostCpus = -1;

    RemoteHypervisorDriver(RemoteConnection connection) {
        this.connection = connection;
    }

    @Override
    public RemoteConnection connection() {
        return connection;
    }

    /** remoteConnectGetType caches the answer: one connection always talks to the same driver. */
    @Override
    public String connectGetType() {
        String t = type;
        if (t == null) {
            type = t = rpc().call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()).type();
        }
        return t;
    }

    /** remoteConnectIsAlive: the link is up; no call is made. */
    @Override
    public boolean connectIsAlive() {
        return rpc().isOpen();
    }

    /** Secure when the transport is (UNIX, TLS, ssh) and the daemon's driver says so. */
    @Override
    public boolean connectIsSecure() {
        int secure = rpc().call(ConnectProcedures.CONNECT_IS_SECURE, new XdrVoid()).secure();
        return connection.target().transport().secure() && secure != 0;
    }

    /** Encrypted only when the link itself encrypts (TLS) and the daemon reports its side secure. */
    @Override
    public boolean connectIsEncrypted() {
        int secure = rpc().call(ConnectProcedures.CONNECT_IS_SECURE, new XdrVoid()).secure();
        return rpc().encrypted() && secure != 0;
    }

    /**
     * The width of affinity maps as libvirt's clients take it (virsh's virshNodeGetCPUCount, python's
     * getPyNodeCPUCount): the node's CPU map size, else the CPUs the node info adds up to.
     */
    @Override
    public int hostCpus() {
        int n = hostCpus;
        if (n < 0) {
            try {
                n = nodeGetCPUMap(0).cpus();
            } catch (VirtException e) {
                if (e.code() != ErrorCode.NO_SUPPORT) {
                    throw e;
                }
                NodeInfo info = nodeGetInfo();
                n = info.nodes() * info.sockets() * info.cores() * info.threads();
            }
            hostCpus = n;
        }
        return n;
    }

    @Override
    public int connectDomainEventRegisterAny(DomainRef dom, int eventID, DomainEventCallback callback) {
        return connection.events().register(dom, eventID, callback);
    }

    @Override
    public void connectDomainEventDeregisterAny(int callbackID) {
        connection.events().deregister(callbackID);
    }
}
