package org.jvirt.daemon.remote;

/** Test access to package-private steps of the handlers. */
final class ConnectHandlersAccess {

    private ConnectHandlersAccess() {
    }

    static void open(RemoteClient c) {
        c.open("test:///default", 0);
    }
}
