package org.jvirt.daemon.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * A blocking SocketChannel (unix or TCP) as streams. Reads and writes go straight to the channel, which
 * allows one reader and one writer at a time without a shared lock (the streams Channels.newInputStream
 * gives for a SelectableChannel may serialise the two on the channel's blocking lock).
 */
final class ChannelTransport implements Transport {

    private static final int READ_BUFFER = 8 * 1024;

    private final SocketChannel channel;
    private final boolean readOnly;
    private final String description;
    private final InputStream in;
    private final OutputStream out;

    ChannelTransport(SocketChannel channel, boolean readOnly, String description) {
        this.channel = channel;
        this.readOnly = readOnly;
        this.description = description;
        this.in = new BufferedInputStream(new In(), READ_BUFFER);
        this.out = new Out();
    }

    @Override
    public InputStream in() {
        return in;
    }

    @Override
    public OutputStream out() {
        return out;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private final class In extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            return channel.read(ByteBuffer.wrap(b, off, len));
        }
    }

    private final class Out extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }
    }
}
