package org.jvirt.daemon.remote;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcLimits;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.RemoteErrors;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrCodecs;
import org.jvirt.rpc.xdr.XdrException;
import org.jvirt.rpc.xdr.XdrReader;
import org.jvirt.rpc.xdr.XdrWriter;

/**
 * The REMOTE program on the daemon side (libvirt's virNetServerProgramDispatchCall): checks the call's status,
 * finds the handler, decodes the arguments, runs the handler on the client's Connect and answers with the
 * result or the error record, using libvirt's words for the daemon's own errors.
 */
public final class RemoteProgram {

    private static final System.Logger LOG = System.getLogger("org.jvirt.daemon");

    /** The header of the call a handler runs for (a stream call registers its stream under the serial). */
    private static final ScopedValue<RpcHeader> CALL = ScopedValue.newInstance();

    private final HandlerTable table;
    private final HostedDrivers hosted = new HostedDrivers();

    /** libvirt-qemu's and libvirt-lxc's programs, by program number: served on the same clients. */
    private final java.util.Map<Integer, HandlerTable> others = new java.util.HashMap<>();

    public RemoteProgram(HandlerTable table) {
        this.table = table;
    }

    /** Whether calls of {@code program} version {@code version} are served here. */
    public boolean serves(int program, int version) {
        return program == org.jvirt.rpc.RpcPrograms.REMOTE ? version == org.jvirt.rpc.RpcPrograms.REMOTE_VERSION
                : others.containsKey(program) && version == org.jvirt.rpc.remote.OtherPrograms.VERSION;
    }

    /** Every procedure jvirt declares, each mapped onto the public API. */
    public static RemoteProgram standard() {
        HandlerTable t = new HandlerTable();
        ConnectHandlers.register(t);
        NodeHandlers.register(t);
        DomainHandlers.register(t);
        DomainStatsHandlers.register(t);
        NetworkHandlers.register(t);
        SnapshotHandlers.register(t);
        CheckpointHandlers.register(t);
        TuningHandlers.register(t);
        GuestHandlers.register(t);
        IOThreadStatsHandlers.register(t);
        AgentHandlers.register(t);
        StorageHandlers.register(t);
        InterfaceHandlers.register(t);
        NodeDeviceHandlers.register(t);
        NodeDeviceEventHandlers.register(t);
        NetPoolEventHandlers.register(t);
        DeviceTuneHandlers.register(t);
        EventHandlers.register(t);
        StreamHandlers.register(t);
        HostHandlers.register(t);
        SecretFilterHandlers.register(t);
        NetworkPortHandlers.register(t);
        BlockJobHandlers.register(t);
        RemoteProgram p = new RemoteProgram(t);
        HandlerTable qemu = new HandlerTable();
        QemuLxcHandlers.registerQemu(qemu);
        p.others.put(org.jvirt.rpc.remote.OtherPrograms.QEMU, qemu);
        HandlerTable lxc = new HandlerTable();
        QemuLxcHandlers.registerLxc(lxc);
        p.others.put(org.jvirt.rpc.remote.OtherPrograms.LXC, lxc);
        return p;
    }

    public HandlerTable table() {
        return table;
    }

    public RemoteClient newClient(ClientLink link) {
        return new RemoteClient(link, table, hosted);
    }

    /** The server stopped: let go of the drivers held for the daemon's lifetime. */
    public void close() {
        hosted.close();
    }

    /**
     * Handles one CALL of this program; runs on the call's own virtual thread. Every call gets an answer:
     * even an Error escaping a driver (a missing class, a stack overflow) becomes an INTERNAL_ERROR reply
     * rather than a client waiting forever.
     */
    public void call(RemoteClient client, RpcMessage call) {
        RpcHeader h = call.header();
        RpcMessage reply;
        try {
            if (h.status() != RpcStatus.OK.value()) {
                reply = error(h, rpcError("Unexpected message status " + Integer.toUnsignedString(h.status())));
            } else {
                HandlerTable.Entry<?, ?> entry = (h.program() == org.jvirt.rpc.RpcPrograms.REMOTE ? table
                        : others.get(h.program())).get(h.procedure());
                reply = entry == null
                        ? error(h, rpcError("unknown procedure: " + h.procedure()))
                        : invoke(entry, client, call);
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "call " + h.procedure() + " of " + client.link().describe() + " failed", t);
            reply = error(h, VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC,
                    "unexpected failure in procedure " + h.procedure() + ": " + t).error());
        }
        client.link().send(reply);
        if (reply.header().status() == RpcStatus.OK.value()) {
            client.streams().replied(h);
        }
        // only the CONNECT_CLOSE call itself closes: another call finishing concurrently must not see its flag
        // and drop the client before CONNECT_CLOSE's reply is out
        if (h.program() == org.jvirt.rpc.RpcPrograms.REMOTE && h.procedure() == ConnectProcedures.CONNECT_CLOSE.number()
                && client.closeRequested()) {
            client.link().close();
        }
    }

    private static <A, R> RpcMessage invoke(HandlerTable.Entry<A, R> entry, RemoteClient client, RpcMessage call) {
        RpcHeader h = call.header();
        A args;
        try {
            args = XdrCodecs.of(entry.procedure().args()).read(new XdrReader(call.payload()));
        } catch (XdrException | IllegalArgumentException e) {
            return error(h, rpcError("Unable to decode message payload"));
        }
        R ret;
        try {
            ret = ScopedValue.where(CALL, h).call(() -> entry.handler().handle(client, args));
        } catch (VirtException e) {
            return error(h, e.error());
        } catch (RuntimeException e) {
            // a bug in a handler still reaches the client as libvirt's error record, never as a dropped call
            return error(h, VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC,
                    "unexpected failure in " + entry.procedure() + ": " + e).error());
        }
        byte[] payload;
        try {
            XdrWriter out = new XdrWriter();
            XdrCodecs.of(entry.procedure().ret()).write(out, ret);
            payload = out.toByteArray();
        } catch (XdrException | IllegalArgumentException | NullPointerException e) {
            return error(h, rpcError("Unable to encode message payload"));
        }
        if (payload.length + RpcLimits.HEADER_SIZE > RpcLimits.MESSAGE_MAX) {
            return error(h, rpcError("Unable to encode message payload"));
        }
        return new RpcMessage(h.reply(RpcStatus.OK), payload);
    }

    /** In a handler: the call being handled. */
    static RpcHeader currentCall() {
        return CALL.get();
    }

    static VirtError rpcError(String message) {
        return VirtException.of(ErrorCode.RPC, ErrorDomain.RPC, message).error();
    }

    /** An error reply to {@code call}: type REPLY, status ERROR, the error record as payload. */
    public static RpcMessage error(RpcHeader call, VirtError error) {
        return RpcMessage.of(call.reply(RpcStatus.ERROR), RemoteError.class, RemoteErrors.toWire(error));
    }
}
