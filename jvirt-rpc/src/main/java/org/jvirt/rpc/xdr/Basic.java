package org.jvirt.rpc.xdr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The codecs of XDR's built-in types, which every derived codec is assembled from. */
final class Basic {

    private Basic() {
    }

    static final XdrCodec<Integer> INT = new XdrCodec<>() {
        @Override
        public void write(XdrWriter out, Integer v) {
            out.writeInt(v);
        }

        @Override
        public Integer read(XdrReader in) {
            return in.readInt();
        }
    };

    static final XdrCodec<Long> HYPER = new XdrCodec<>() {
        @Override
        public void write(XdrWriter out, Long v) {
            out.writeHyper(v);
        }

        @Override
        public Long read(XdrReader in) {
            return in.readHyper();
        }
    };

    static final XdrCodec<Boolean> BOOL = new XdrCodec<>() {
        @Override
        public void write(XdrWriter out, Boolean v) {
            out.writeBool(v);
        }

        @Override
        public Boolean read(XdrReader in) {
            return in.readBool();
        }
    };

    static final XdrCodec<Double> DOUBLE = new XdrCodec<>() {
        @Override
        public void write(XdrWriter out, Double v) {
            out.writeDouble(v);
        }

        @Override
        public Double read(XdrReader in) {
            return in.readDouble();
        }
    };

    static final XdrCodec<XdrVoid> VOID = new XdrCodec<>() {
        @Override
        public void write(XdrWriter out, XdrVoid v) {
        }

        @Override
        public XdrVoid read(XdrReader in) {
            return XdrVoid.VOID;
        }
    };

    /** Refuses to send what the peer would refuse to receive. */
    static void checkBound(int length, int max) {
        if (max >= 0 && length > max) {
            throw new XdrException("length " + length + " exceeds maximum " + max);
        }
    }

    record Str(int max) implements XdrCodec<String> {
        @Override
        public void write(XdrWriter out, String v) {
            if (v == null) {
                throw new XdrException("null for a non-optional string");
            }
            byte[] b = v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            checkBound(b.length, max);
            out.writeOpaque(b);
        }

        @Override
        public String read(XdrReader in) {
            return in.readString(max);
        }
    }

    record Opaque(int max) implements XdrCodec<byte[]> {
        @Override
        public void write(XdrWriter out, byte[] v) {
            checkBound(v.length, max);
            out.writeOpaque(v);
        }

        @Override
        public byte[] read(XdrReader in) {
            return in.readOpaque(max);
        }
    }

    record FixedOpaque(int length) implements XdrCodec<byte[]> {
        @Override
        public void write(XdrWriter out, byte[] v) {
            if (v.length != length) {
                throw new XdrException("fixed opaque of " + length + " bytes given " + v.length);
            }
            out.writeFixedOpaque(v);
        }

        @Override
        public byte[] read(XdrReader in) {
            return in.readFixedOpaque(length);
        }
    }

    record IntArray(int max) implements XdrCodec<int[]> {
        @Override
        public void write(XdrWriter out, int[] v) {
            checkBound(v.length, max);
            out.writeInt(v.length);
            for (int x : v) {
                out.writeInt(x);
            }
        }

        @Override
        public int[] read(XdrReader in) {
            int[] v = new int[in.readLength(max, 4)];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.readInt();
            }
            return v;
        }
    }

    /** A fixed-length vector of ints: exactly {@code length} elements, no count on the wire. */
    record FixedIntArray(int length) implements XdrCodec<int[]> {
        @Override
        public void write(XdrWriter out, int[] v) {
            if (v.length != length) {
                throw new XdrException("fixed array of " + length + " elements given " + v.length);
            }
            for (int x : v) {
                out.writeInt(x);
            }
        }

        @Override
        public int[] read(XdrReader in) {
            int[] v = new int[length];
            for (int i = 0; i < length; i++) {
                v[i] = in.readInt();
            }
            return v;
        }
    }

    record HyperArray(int max) implements XdrCodec<long[]> {
        @Override
        public void write(XdrWriter out, long[] v) {
            checkBound(v.length, max);
            out.writeInt(v.length);
            for (long x : v) {
                out.writeHyper(x);
            }
        }

        @Override
        public long[] read(XdrReader in) {
            long[] v = new long[in.readLength(max, 8)];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.readHyper();
            }
            return v;
        }
    }

    record ListOf<E>(XdrCodec<E> element, int max) implements XdrCodec<List<E>> {
        @Override
        public void write(XdrWriter out, List<E> v) {
            checkBound(v.size(), max);
            out.writeInt(v.size());
            for (E e : v) {
                element.write(out, e);
            }
        }

        @Override
        public List<E> read(XdrReader in) {
            // every XDR item takes at least 4 bytes, except members of void arms: 0-sized elements are
            // impossible in our declarations, so the 4-byte bound keeps hostile counts from allocating
            int n = in.readLength(max, 4);
            List<E> v = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                v.add(element.read(in));
            }
            return Collections.unmodifiableList(v);
        }
    }

    record Optional<T>(XdrCodec<T> value) implements XdrCodec<T> {
        @Override
        public void write(XdrWriter out, T v) {
            out.writeBool(v != null);
            if (v != null) {
                value.write(out, v);
            }
        }

        @Override
        public T read(XdrReader in) {
            return in.readBool() ? value.read(in) : null;
        }
    }
}
