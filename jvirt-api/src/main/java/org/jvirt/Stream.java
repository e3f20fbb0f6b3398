package org.jvirt;

import java.util.Objects;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.StreamDriver;
import org.jvirt.spi.Unsupported;

/**
 * A data stream (libvirt's virStream): made by {@link Connect#newStream(int)}, then handed to a call that starts
 * a transfer ({@link StorageVol#upload}, {@link StorageVol#download}), which attaches its driver's end. Before
 * that, or after finish/abort, every call is NO_SUPPORT naming the function, as libvirt answers for a stream
 * without a driver.
 */
public final class Stream {

    private final Connect conn;
    private final int flags;
    private volatile StreamDriver driver;

    Stream(Connect conn, int flags) {
        this.conn = Objects.requireNonNull(conn);
        this.flags = flags;
    }

    public Connect getConnect() {
        return conn;
    }

    /** VIR_STREAM_NONBLOCK (1) as given to newStream. */
    public int flags() {
        return flags;
    }

    /** Called by the transfer that opened this stream; one transfer per stream. */
    void attach(StreamDriver d) {
        if (driver != null) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.STREAMS, "stream is already in use");
        }
        driver = Objects.requireNonNull(d);
    }

    private StreamDriver driver(String function) {
        StreamDriver d = driver;
        if (d == null) {
            throw Unsupported.call(function);
        }
        return d;
    }

    /** virStreamSend: the number of bytes sent. */
    public int send(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        return Dispatch.read(conn, "virStreamSend", () -> driver("virStreamSend").send(data, off, len));
    }

    /** virStreamRecv: the number of bytes read, 0 at the end of the stream. */
    public int recv(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        return Dispatch.read(conn, "virStreamRecv", () -> driver("virStreamRecv").recv(buf, off, len));
    }

    /** virStreamSendHole. */
    public void sendHole(long length, int flags) {
        Dispatch.read(conn, "virStreamSendHole", () -> {
            driver("virStreamSendHole").sendHole(length, flags);
            return null;
        });
    }

    /** virStreamFinish: completes the transfer; the stream has no driver afterwards. */
    public void finish() {
        Dispatch.read(conn, "virStreamFinish", () -> {
            StreamDriver d = driver("virStreamFinish");
            driver = null;
            d.finish();
            return null;
        });
    }

    /** virStreamAbort: abandons the transfer; the stream has no driver afterwards. */
    public void abort() {
        Dispatch.read(conn, "virStreamAbort", () -> {
            StreamDriver d = driver("virStreamAbort");
            driver = null;
            d.abort();
            return null;
        });
    }
}
