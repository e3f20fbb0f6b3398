package org.jvirt.driver.remote;

/** Opens the {@link RemoteChannel} an endpoint names. */
final class RemoteChannels {

    private RemoteChannels() {
    }

    static RemoteChannel open(RemoteEndpoint endpoint) {
        return switch (endpoint) {
            case RemoteEndpoint.Unix u -> UnixChannel.connect(u.path());
            case RemoteEndpoint.Tcp t -> TcpChannel.connect(t.host(), t.port(),
                    t.tls() == null ? null : RemoteTls.load(t.tls()));
            case RemoteEndpoint.Command c -> CommandChannel.start(c.argv());
        };
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // another error is being reported
        }
    }
}
