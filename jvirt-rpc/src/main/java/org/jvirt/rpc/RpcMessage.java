package org.jvirt.rpc;

import org.jvirt.rpc.xdr.XdrCodec;
import org.jvirt.rpc.xdr.XdrCodecs;
import org.jvirt.rpc.xdr.XdrReader;
import org.jvirt.rpc.xdr.XdrWriter;

/** One packet: header plus the still-encoded payload, which only the dispatcher knows how to decode. */
public record RpcMessage(RpcHeader header, byte[] payload) {

    /** A message whose payload is {@code body} encoded as {@code type}. */
    public static <T> RpcMessage of(RpcHeader header, Class<T> type, T body) {
        XdrWriter out = new XdrWriter();
        XdrCodecs.of(type).write(out, body);
        return new RpcMessage(header, out.toByteArray());
    }

    /** Decodes the payload as {@code type}; throws XdrException when it does not fit. */
    public <T> T body(Class<T> type) {
        XdrCodec<T> codec = XdrCodecs.of(type);
        return codec.read(new XdrReader(payload));
    }

    /** The whole packet as it goes on the wire: length word, header, payload. */
    public byte[] encode() {
        int total = RpcLimits.LENGTH_SIZE + RpcLimits.HEADER_SIZE + payload.length;
        XdrWriter out = new XdrWriter(RpcLimits.LENGTH_SIZE + RpcLimits.HEADER_SIZE);
        out.writeInt(total);
        header.write(out);
        // stream data is raw bytes, not padded XDR, so the payload is copied as it is
        byte[] packet = java.util.Arrays.copyOf(out.toByteArray(), total);
        System.arraycopy(payload, 0, packet, RpcLimits.LENGTH_SIZE + RpcLimits.HEADER_SIZE, payload.length);
        return packet;
    }

    /** Decodes one packet without its length word (the framing layer has read and checked it). */
    public static RpcMessage decode(byte[] packet) {
        XdrReader in = new XdrReader(packet);
        RpcHeader header = RpcHeader.read(in);
        byte[] payload = java.util.Arrays.copyOfRange(packet, RpcLimits.HEADER_SIZE, packet.length);
        return new RpcMessage(header, payload);
    }
}
