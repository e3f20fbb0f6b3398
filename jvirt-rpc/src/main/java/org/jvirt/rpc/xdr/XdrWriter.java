package org.jvirt.rpc.xdr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** RFC 4506 encoding into a growable buffer: big-endian 4-byte units, variable data padded to 4 bytes. */
public final class XdrWriter {

    private byte[] buf;
    private int pos;

    public XdrWriter() {
        this(256);
    }

    public XdrWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    public int position() {
        return pos;
    }

    /** Overwrites 4 bytes written earlier, e.g. a length word once the total is known. */
    public void patchInt(int at, int value) {
        putInt(at, value);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    public void writeInt(int v) {
        ensure(4);
        putInt(pos, v);
        pos += 4;
    }

    public void writeHyper(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    public void writeBool(boolean v) {
        writeInt(v ? 1 : 0);
    }

    public void writeDouble(double v) {
        writeHyper(Double.doubleToRawLongBits(v));
    }

    public void writeString(String s) {
        writeOpaque(s.getBytes(StandardCharsets.UTF_8));
    }

    public void writeOpaque(byte[] data) {
        writeInt(data.length);
        writeFixedOpaque(data);
    }

    /** Exactly data.length bytes plus padding; the length is part of the type, not the stream. */
    public void writeFixedOpaque(byte[] data) {
        int padded = (data.length + 3) & ~3;
        ensure(padded);
        System.arraycopy(data, 0, buf, pos, data.length);
        Arrays.fill(buf, pos + data.length, pos + padded, (byte) 0);
        pos += padded;
    }

    private void putInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }
}
