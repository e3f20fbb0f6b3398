package org.jvirt.driver.remote;

/**
 * What a URI means to the remote driver: how to reach the daemon, and what to ask it to open.
 *
 * @param name the URI sent in CONNECT_OPEN (transport, host and remote-only parameters stripped; "" lets the
 *             daemon pick its default)
 * @param openFlags the CONNECT_OPEN flags as libvirt's client sends them (REMOTE_DRIVER_OPEN_RO = 1, _USER = 2)
 * @param authType the {@code auth=} parameter, null when absent
 */
record RemoteTarget(RemoteTransport transport, RemoteEndpoint endpoint, String name, int openFlags,
                    String authType) {

    static final int OPEN_RO = 1;
    static final int OPEN_USER = 2;

    boolean readOnly() {
        return (openFlags & OPEN_RO) != 0;
    }
}
