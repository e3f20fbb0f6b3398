package org.jvirt.daemon.net;

import java.io.Closeable;
import java.io.IOException;

/** A listening socket of the daemon; {@link #accept()} blocks (on a virtual thread) until a client comes. */
public interface Listener extends Closeable {

    Transport accept() throws IOException;

    /** Whether clients of this listener get read-only connections. */
    boolean readOnly();

    String describe();

    @Override
    void close();
}
