package org.jvirt.daemon.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.Network;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectFlag;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.NonnullNetwork;
import org.jvirt.rpc.remote.RemoteTypes;

/**
 * One client's state in the REMOTE program (libvirt's daemonClientPrivate): its own public-API Connect,
 * opened by CONNECT_OPEN (read-only when the client came in on the read-only socket), and its event
 * registrations. {@link #release()} undoes all of it when the client goes, however it goes.
 */
public final class RemoteClient {

    private final ClientLink link;
    private final HandlerTable table;
    private final Object lock = new Object();
    private Connect conn;
    private boolean released;
    private volatile boolean closeAfterReply;
    /** Live domain event registrations by callback id. */
    private final Map<Integer, Registration> registrations = new LinkedHashMap<>();

    /** One event registration: legacy ones (no callback id on the wire) are found by their event id. */
    record Registration(int callbackId, int eventId, boolean legacy, Runnable undo) {
    }

    private final ServerStreams streams;

    private final HostedDrivers hosted;

    RemoteClient(ClientLink link, HandlerTable table, HostedDrivers hosted) {
        this.link = link;
        this.table = table;
        this.hosted = hosted;
        this.streams = new ServerStreams(link);
    }

    ServerStreams streams() {
        return streams;
    }

    /** A STREAM or STREAM_HOLE packet of the REMOTE program, read by the session. */
    public void streamPacket(org.jvirt.rpc.RpcMessage m) {
        streams.packet(m);
    }

    public ClientLink link() {
        return link;
    }

    /** Whether this daemon serves the procedure (feature answers depend on it). */
    boolean serves(org.jvirt.rpc.remote.RemoteProcedure<?, ?> procedure) {
        return table.serves(procedure);
    }

    /** The client's connection; libvirt's "hypervisor connection not open" before CONNECT_OPEN. */
    public Connect conn() {
        synchronized (lock) {
            if (conn == null) {
                throw notOpen();
            }
            return conn;
        }
    }

    static VirtException notOpen() {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC, "hypervisor connection not open");
    }

    /** CONNECT_OPEN: the read-only socket always forces a read-only connection. */
    void open(String name, int flags) {
        synchronized (lock) {
            if (conn != null) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC, "connection already open");
            }
        }
        int f = link.readOnly() ? flags | ConnectFlag.RO.value() : flags;
        Connect opened = Connect.open(name, f);
        boolean kept;
        synchronized (lock) {
            kept = !released && conn == null;
            if (kept) {
                conn = opened;
            }
        }
        if (kept) {
            hosted.retain(opened);
            return;
        }
        // the client left (or raced a second open) while the driver was opening
        opened.close();
        throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC, "connection already open");
    }

    public Domain domain(NonnullDomain dom) {
        return conn().domain(RemoteTypes.domain(dom));
    }

    public Network network(NonnullNetwork net) {
        return conn().network(RemoteTypes.network(net));
    }

    public org.jvirt.StoragePool storagePool(org.jvirt.rpc.remote.NonnullStoragePool pool) {
        return conn().storagePool(RemoteTypes.storagePool(pool));
    }

    public org.jvirt.StorageVol storageVol(org.jvirt.rpc.remote.NonnullStorageVol vol) {
        return conn().storageVol(RemoteTypes.storageVol(vol));
    }

    public org.jvirt.DomainSnapshot snapshot(org.jvirt.rpc.remote.NonnullDomainSnapshot snap) {
        return conn().domainSnapshot(RemoteTypes.snapshot(snap));
    }

    public org.jvirt.DomainCheckpoint checkpoint(org.jvirt.rpc.remote.NonnullDomainCheckpoint cp) {
        return conn().domainCheckpoint(RemoteTypes.checkpoint(cp));
    }

    /** CONNECT_CLOSE: the reply goes out, then the daemon drops the client (virNetServerClientDelayedClose). */
    void closeAfterReply() {
        closeAfterReply = true;
    }

    boolean closeRequested() {
        return closeAfterReply;
    }

    /** Keeps a registration; false (and nothing kept) when the client already left. */
    boolean addRegistration(Registration r) {
        synchronized (lock) {
            if (released) {
                return false;
            }
            registrations.put(r.callbackId(), r);
            return true;
        }
    }

    /** Removes and returns the modern registration with that callback id, or null. */
    Registration removeCallback(int callbackId) {
        synchronized (lock) {
            Registration r = registrations.get(callbackId);
            if (r == null || r.legacy()) {
                return null;
            }
            return registrations.remove(callbackId);
        }
    }

    /** The legacy registration of an event id, or null. */
    Registration legacy(int eventId) {
        synchronized (lock) {
            for (Registration r : registrations.values()) {
                if (r.legacy() && r.eventId() == eventId) {
                    return r;
                }
            }
            return null;
        }
    }

    void forget(Registration r) {
        synchronized (lock) {
            registrations.remove(r.callbackId());
        }
    }

    /** Deregisters every event callback and closes the connection; the second call does nothing. */
    public void release() {
        streams.closeAll();
        List<Runnable> undo;
        Connect c;
        synchronized (lock) {
            if (released) {
                return;
            }
            released = true;
            undo = new ArrayList<>();
            for (Registration r : registrations.values()) {
                undo.add(r.undo());
            }
            registrations.clear();
            c = conn;
            conn = null;
        }
        for (Runnable r : undo) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // the connection may already be unusable; closing it below drops the rest
            }
        }
        if (c != null) {
            c.close();
        }
    }

    int registrationCount() {
        synchronized (lock) {
            return registrations.size();
        }
    }
}
