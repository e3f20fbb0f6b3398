package org.jvirt.daemon.remote;

import org.jvirt.rpc.RpcMessage;

/** What the REMOTE program needs from the connection it serves; the session implements it. */
public interface ClientLink {

    /** Queues one packet for the client under its write lock; false when the client is gone. */
    boolean send(RpcMessage message);

    /** Drops the client: its socket closes and everything it held is released. */
    void close();

    /** The client said it understands keepalive (CONNECT_SUPPORTS_FEATURE PROGRAM_KEEPALIVE): start pinging it. */
    void startKeepAlive();

    /** Accepted on the read-only socket. */
    boolean readOnly();

    String describe();
}
