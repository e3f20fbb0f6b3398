package org.jvirt.driver.remote;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.ConnectSupportsFeatureArgs;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.HypervisorDriver;
import org.jvirt.spi.NetworkDriver;

/**
 * One open remote connection (libvirt's remote driver private data): the link to the daemon, the handshake
 * libvirt's own clients perform, and the driver tables that forward every call. When the link fails, calls fail
 * as in libvirt; a connection with event listeners also reconnects in the background and registers them again,
 * so that listeners outlive a daemon restart (libvirt leaves that to the application).
 */
final class RemoteConnection implements ConnectDriver {

    /** virDrvFeature numbers probed while connecting. */
    static final int FEATURE_PROGRAM_KEEPALIVE = 10;
    static final int FEATURE_REMOTE_EVENT_CALLBACK = 14;
    static final int FEATURE_REMOTE_CLOSE_CALLBACK = 15;

    private final RemoteTarget target;
    private final Duration keepAliveInterval;
    private final int keepAliveCount;
    private final RemoteReconnect reconnect;
    private final RemoteDomainEvents events = new RemoteDomainEvents(this::client);
    private final RemoteNodeDeviceEvents nodeDeviceEvents = new RemoteNodeDeviceEvents(this::client);
    private final RemoteObjectEvents<org.jvirt.spi.NetworkRef> networkEvents = RemoteNetPoolEvents.networks(this::client);
    private final RemoteObjectEvents<org.jvirt.spi.StoragePoolRef> poolEvents = RemoteNetPoolEvents.pools(this::client);
    private final RemoteHypervisorDriver hypervisor = new RemoteHypervisorDriver(this);
    private final RemoteNetworkDriver network = new RemoteNetworkDriver(this);
    private final RemoteStorageDriver storage = new RemoteStorageDriver(this);
    private final RemoteInterfaceDriver interfaces = new RemoteInterfaceDriver(this);
    private final RemoteNodeDeviceDriver nodeDevices = new RemoteNodeDeviceDriver(this);
    private final RemoteSecretDriver secret = new RemoteSecretDriver(this);
    private final RemoteNWFilterDriver nwfilter = new RemoteNWFilterDriver(this);
    private volatile RemoteClient client;
    private volatile boolean closed;
    /** One reconnect loop at a time. */
    private final AtomicBoolean reconnecting = new AtomicBoolean();

    private RemoteConnection(RemoteTarget target, Duration keepAliveInterval, int keepAliveCount,
                             RemoteReconnect reconnect) {
        this.target = target;
        this.keepAliveInterval = keepAliveInterval;
        this.keepAliveCount = keepAliveCount;
        this.reconnect = reconnect;
    }

    static RemoteConnection open(RemoteTarget target) {
        return open(target, KeepAlive.DEFAULT_INTERVAL, KeepAlive.DEFAULT_COUNT, RemoteReconnect.DEFAULT);
    }

    /** As {@link #open(RemoteTarget)} with other keepalive and reconnect timing (tests). */
    static RemoteConnection open(RemoteTarget target, Duration keepAliveInterval, int keepAliveCount,
                                 RemoteReconnect reconnect) {
        RemoteConnection c = new RemoteConnection(target, keepAliveInterval, keepAliveCount, reconnect);
        c.client = c.connect();
        return c;
    }

    /**
     * A new link: the transport, then doRemoteOpen's handshake in libvirt's order: AUTH_LIST, the keepalive
     * probe, CONNECT_OPEN with the stripped URI, then the event and close-callback probes. Keepalive starts when
     * the daemon supports it.
     */
    private RemoteClient connect() {
        RemoteChannel channel = RemoteChannels.open(target.endpoint());
        AtomicReference<RemoteClient> self = new AtomicReference<>();
        RemoteClient c = new RemoteClient(channel, new RemoteClient.Listener() {
            @Override
            public void onEvent(RpcMessage message) {
                events.dispatch(message);
                nodeDeviceEvents.dispatch(message);
                networkEvents.dispatch(message);
                poolEvents.dispatch(message);
            }

            @Override
            public void onClose(VirtException error) {
                linkClosed(self.get(), error);
            }
        });
        self.set(c);
        try {
            RemoteAuth.authenticate(c, target.authType());
            boolean keepAlive = supports(c, FEATURE_PROGRAM_KEEPALIVE);
            c.call(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs(target.name(), target.openFlags()));
            supports(c, FEATURE_REMOTE_EVENT_CALLBACK);
            supports(c, FEATURE_REMOTE_CLOSE_CALLBACK);
            if (keepAlive) {
                c.startKeepAlive(keepAliveInterval, keepAliveCount);
            }
            return c;
        } catch (RuntimeException e) {
            // a link that died during the handshake is the cause, whatever the call in flight reported
            VirtException linkFailure = c.failure();
            c.close();
            throw linkFailure != null ? new VirtException(linkFailure.error(), e) : e;
        }
    }

    /** remoteConnectSupportsFeatureUnlocked: any failure means "no", unless the link itself went. */
    private static boolean supports(RemoteClient c, int feature) {
        try {
            return c.call(ConnectProcedures.CONNECT_SUPPORTS_FEATURE, new ConnectSupportsFeatureArgs(feature))
                    .supported() != 0;
        } catch (VirtException e) {
            if (!c.isOpen()) {
                throw e;
            }
            return false;
        }
    }

    private void linkClosed(RemoteClient which, VirtException error) {
        if (which == null || which != client || error == null || closed) {
            return;
        }
        linkLost();
        scheduleReconnect();
    }

    /** Every kind of event registration: the daemon forgot them with the link. */
    private void linkLost() {
        events.linkLost();
        networkEvents.linkLost();
        poolEvents.linkLost();
    }

    private void scheduleReconnect() {
        boolean listening = events.hasRegistrations() || networkEvents.hasRegistrations() || poolEvents.hasRegistrations();
        if (listening && !closed && reconnecting.compareAndSet(false, true)) {
            reconnect.start(this);
        }
    }

    /** The reconnect loop ended; a link that failed again meanwhile starts another. */
    void reconnectEnded() {
        reconnecting.set(false);
        if (!closed && !client.isOpen()) {
            linkLost();
            scheduleReconnect();
        }
    }

    /** One reconnect attempt (RemoteReconnect's loop): a new link, then every event registration again. */
    synchronized void reopen() {
        if (closed) {
            return;
        }
        RemoteClient c = connect();
        client = c;
        events.reRegister(c);
        networkEvents.reRegister(c);
        poolEvents.reRegister(c);
    }

    boolean isClosed() {
        return closed;
    }

    RemoteClient client() {
        return client;
    }

    RemoteTarget target() {
        return target;
    }

    RemoteObjectEvents<org.jvirt.spi.NetworkRef> networkEvents() {
        return networkEvents;
    }

    RemoteObjectEvents<org.jvirt.spi.StoragePoolRef> poolEvents() {
        return poolEvents;
    }

    RemoteNodeDeviceEvents nodeDeviceEvents() {
        return nodeDeviceEvents;
    }

    RemoteDomainEvents events() {
        return events;
    }

    @Override
    public HypervisorDriver hypervisor() {
        return hypervisor;
    }

    @Override
    public NetworkDriver network() {
        return network;
    }

    @Override
    public org.jvirt.spi.StorageDriver storage() {
        return storage;
    }

    @Override
    public org.jvirt.spi.InterfaceDriver interfaces() {
        return interfaces;
    }

    @Override
    public org.jvirt.spi.NodeDeviceDriver nodeDevices() {
        return nodeDevices;
    }

    @Override
    public org.jvirt.spi.SecretDriver secret() {
        return secret;
    }

    @Override
    public org.jvirt.spi.NWFilterDriver nwfilter() {
        return nwfilter;
    }

    /** remoteConnectClose: CONNECT_CLOSE when the link is still up, then the link goes. Never throws. */
    @Override
    public void close() {
        closed = true;
        RemoteClient c = client;
        if (c.isOpen()) {
            try {
                c.call(ConnectProcedures.CONNECT_CLOSE, new XdrVoid());
            } catch (VirtException e) {
                // closing anyway, as libvirt does
            }
        }
        c.close();
    }
}
