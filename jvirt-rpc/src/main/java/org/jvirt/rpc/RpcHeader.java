package org.jvirt.rpc;

import org.jvirt.rpc.xdr.XdrReader;
import org.jvirt.rpc.xdr.XdrWriter;

/**
 * virNetMessageHeader. type and status stay raw ints so that a peer's unknown values can be answered
 * (with libvirt's error) rather than failing the decode; {@link #rpcType()} and {@link #rpcStatus()} name them.
 */
public record RpcHeader(int program, int version, int procedure, int type, int serial, int status) {

    public static RpcHeader call(int program, int version, int procedure, int serial) {
        return new RpcHeader(program, version, procedure, RpcType.CALL.value(), serial, RpcStatus.OK.value());
    }

    /** The reply header of this call. */
    public RpcHeader reply(RpcStatus status) {
        return new RpcHeader(program, version, procedure, RpcType.REPLY.value(), serial, status.value());
    }

    /** An asynchronous message (events, keepalive): serial 0, status OK. */
    public static RpcHeader message(int program, int version, int procedure) {
        return new RpcHeader(program, version, procedure, RpcType.MESSAGE.value(), 0, RpcStatus.OK.value());
    }

    public RpcType rpcType() {
        return RpcType.of(type);
    }

    public RpcStatus rpcStatus() {
        return RpcStatus.of(status);
    }

    void write(XdrWriter out) {
        out.writeInt(program);
        out.writeInt(version);
        out.writeInt(procedure);
        out.writeInt(type);
        out.writeInt(serial);
        out.writeInt(status);
    }

    static RpcHeader read(XdrReader in) {
        return new RpcHeader(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }
}
