package org.jvirt.driver.remote;

import java.util.List;

/** Where the daemon is: a UNIX socket, a TCP address (optionally TLS), or a command whose stdio is the link. */
sealed interface RemoteEndpoint {

    record Unix(String path) implements RemoteEndpoint {
    }

    /** @param tls null for plain TCP */
    record Tcp(String host, int port, RemoteTlsSettings tls) implements RemoteEndpoint {
    }

    /** ssh (through the system's client) and ext: argv is run directly, never through a local shell. */
    record Command(List<String> argv) implements RemoteEndpoint {
    }
}
