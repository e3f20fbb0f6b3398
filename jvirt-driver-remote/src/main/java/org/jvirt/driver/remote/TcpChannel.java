package org.jvirt.driver.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;

/** A TCP connection, plain (tcp) or wrapped in TLS (tls), made as virNetSocketNewConnectTCP makes it. */
final class TcpChannel implements RemoteChannel {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final boolean encrypted;

    private TcpChannel(Socket socket, boolean encrypted) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.encrypted = encrypted;
    }

    /**
     * Tries every address the name resolves to, reporting the last failure as libvirt does: "unable to
     * connect to server at 'host:port': Connection refused"; an unknown name is "Unable to resolve address".
     *
     * @param tls null for plain TCP
     */
    static TcpChannel connect(String host, int port, RemoteTls tls) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw RemoteFailures.systemText("Unable to resolve address '" + host + "' service '" + port
                    + "': Name or service not known");
        }
        IOException last = null;
        for (InetAddress a : addresses) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(a, port));
                s.setTcpNoDelay(true);
                if (tls == null) {
                    return new TcpChannel(s, false);
                }
                return new TcpChannel(tls.handshake(s, host, port), true);
            } catch (IOException e) {
                RemoteChannels.closeQuietly(s);
                last = e;
            }
        }
        throw RemoteFailures.system("unable to connect to server at '" + host + ":" + port + "'",
                last == null ? new IOException("Connection refused") : last);
    }

    @Override
    public InputStream input() {
        return in;
    }

    @Override
    public OutputStream output() {
        return out;
    }

    @Override
    public boolean encrypted() {
        return encrypted;
    }

    @Override
    public void close() {
        RemoteChannels.closeQuietly(socket);
    }
}
