package org.jvirt.rpc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads and writes length-prefixed packets on a byte stream. A length outside libvirt's bounds is a
 * protocol violation that ends the connection, as in libvirt (virNetMessageDecodeLength).
 */
public final class RpcFraming {

    private RpcFraming() {
    }

    /** The next packet, or null at a clean end of stream before its first byte. */
    public static RpcMessage read(InputStream in) throws IOException {
        byte[] len = new byte[RpcLimits.LENGTH_SIZE];
        int got = in.readNBytes(len, 0, len.length);
        if (got == 0) {
            return null;
        }
        if (got < len.length) {
            throw new EOFException("End of file while reading data");
        }
        long total = ((len[0] & 0xffL) << 24) | ((len[1] & 0xff) << 16) | ((len[2] & 0xff) << 8) | (len[3] & 0xff);
        long body = total - RpcLimits.LENGTH_SIZE;
        if (body < RpcLimits.HEADER_SIZE) {
            // libvirt's shared decoder says "from server" on both sides; keep its text
            throw new RpcProtocolException("packet " + total + " bytes received from server too small, want "
                    + (RpcLimits.LENGTH_SIZE + RpcLimits.HEADER_SIZE));
        }
        if (body > RpcLimits.MESSAGE_MAX) {
            throw new RpcProtocolException("packet " + total + " bytes received from server too large, want "
                    + RpcLimits.MESSAGE_MAX);
        }
        byte[] packet = in.readNBytes((int) body);
        if (packet.length < body) {
            throw new EOFException("End of file while reading data");
        }
        return RpcMessage.decode(packet);
    }

    /** Writes one packet; the caller serialises writers (one lock per connection). */
    public static void write(OutputStream out, RpcMessage message) throws IOException {
        byte[] packet = message.encode();
        if (packet.length - RpcLimits.LENGTH_SIZE > RpcLimits.MESSAGE_MAX) {
            throw new RpcProtocolException("message payload is too large: " + (packet.length - RpcLimits.LENGTH_SIZE)
                    + " bytes, maximum is " + RpcLimits.MESSAGE_MAX);
        }
        out.write(packet);
        out.flush();
    }
}
