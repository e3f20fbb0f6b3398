package org.jvirt.daemon.net;

import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One accepted client connection, whatever carries it (unix socket, TCP, TLS). The session reads from
 * {@link #in()} on one thread and writes to {@link #out()} from others under its own lock; {@link #close()}
 * may come from any thread and unblocks both.
 */
public interface Transport extends Closeable {

    /**
     * Called first on the session's own thread: whatever must happen before messages flow (the TLS handshake,
     * bounded in time so a silent client cannot hold its slot forever).
     */
    default void start() throws java.io.IOException {
    }

    InputStream in();

    OutputStream out();

    /** Accepted on the read-only socket: every mutating call is refused. */
    boolean readOnly();

    /** For log lines: "unix:/run/libvirt/libvirt-sock", "tcp:127.0.0.1:40312". */
    String describe();

    @Override
    void close();
}
