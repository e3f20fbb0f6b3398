package org.jvirt.rpc.xdr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 4506 decoding with every length checked against both its declared maximum and the bytes left, so
 * hostile input fails with {@link XdrException} before anything large is allocated.
 */
public final class XdrReader {

    private final byte[] buf;
    private int pos;
    private final int limit;

    public XdrReader(byte[] buf) {
        this(buf, 0, buf.length);
    }

    public XdrReader(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.limit = offset + length;
    }

    public int remaining() {
        return limit - pos;
    }

    public int readInt() {
        need(4);
        int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8) | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    public long readHyper() {
        long hi = readInt();
        return (hi << 32) | (readInt() & 0xffffffffL);
    }

    public boolean readBool() {
        int v = readInt();
        if (v != 0 && v != 1) {
            throw new XdrException("bad boolean " + v);
        }
        return v == 1;
    }

    public double readDouble() {
        return Double.longBitsToDouble(readHyper());
    }

    public String readString(int max) {
        return new String(readOpaque(max), StandardCharsets.UTF_8);
    }

    public byte[] readOpaque(int max) {
        return readFixedOpaque(readLength(max, 1));
    }

    public byte[] readFixedOpaque(int n) {
        int padded = (n + 3) & ~3;
        need(padded);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += padded;
        return out;
    }

    /**
     * An array or opaque length: refused above {@code max}, and above what the remaining bytes could hold
     * at {@code minElementSize} bytes per element (an XDR element takes at least 4 bytes, opaque bytes 1).
     */
    public int readLength(int max, int minElementSize) {
        int n = readInt();
        if (n < 0 || (max >= 0 && Integer.compareUnsigned(n, max) > 0)) {
            throw new XdrException("length " + Integer.toUnsignedString(n) + " exceeds maximum " + max);
        }
        if ((long) n * minElementSize > remaining()) {
            throw new XdrException("length " + n + " exceeds the remaining " + remaining() + " bytes");
        }
        return n;
    }

    private void need(int n) {
        if (n < 0 || limit - pos < n) {
            throw new XdrException("short data: need " + n + " bytes, have " + (limit - pos));
        }
    }
}
