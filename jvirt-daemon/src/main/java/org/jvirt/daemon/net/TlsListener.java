package org.jvirt.daemon.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS over TCP (listen_tls) with the JDK's TLS. The TCP accept is plain and the TLS layer is put on top per
 * client: the handshake runs on the session's own virtual thread (a client that stalls in it holds up nobody
 * else), and a dead client is dropped by closing the raw socket, which never waits for a close_notify.
 */
public final class TlsListener implements Listener {

    /** How long a client may take to complete the handshake. */
    static final int HANDSHAKE_TIMEOUT_MS = 30_000;
    /** The byte libvirt's server sends once the TLS session and the client's certificate are accepted. */
    static final int TLS_CONFIRMATION = 1;

    private final ServerSocket server;
    private final SSLSocketFactory factory;
    private final boolean verifyClients;

    private TlsListener(ServerSocket server, SSLSocketFactory factory, boolean verifyClients) {
        this.server = server;
        this.factory = factory;
        this.verifyClients = verifyClients;
    }

    /** @param verifyClients require a client certificate signed by the CA (libvirt's default) */
    public static TlsListener open(SSLContext ctx, String address, int port, int backlog, boolean verifyClients) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true);
            InetSocketAddress at = address == null ? new InetSocketAddress(port) : new InetSocketAddress(InetAddress.getByName(address), port);
            s.bind(at, backlog);
        } catch (IOException e) {
            s.close();
            throw new IOException("Unable to listen on " + (address == null ? "*" : address) + ":" + port + ": " + e.getMessage(), e);
        }
        return new TlsListener(s, ctx.getSocketFactory(), verifyClients);
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public Transport accept() throws IOException {
        Socket raw = server.accept();
        try {
            raw.setTcpNoDelay(true);
            SSLSocket tls = (SSLSocket) factory.createSocket(raw, raw.getInetAddress().getHostAddress(), raw.getPort(), true);
            tls.setUseClientMode(false);
            if (verifyClients) {
                tls.setNeedClientAuth(true);
            } else {
                tls.setWantClientAuth(true);
            }
            return new SocketTransport(raw, tls, "tls:" + raw.getRemoteSocketAddress());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public String describe() {
        return "tls:" + server.getLocalSocketAddress();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** An SSLSocket's streams; the JDK's SSLSocket allows one reader and one writer at the same time. */
    private static final class SocketTransport implements Transport {
        private final Socket raw;
        private final SSLSocket tls;
        private final String description;
        private InputStream in;
        private OutputStream out;

        SocketTransport(Socket raw, SSLSocket tls, String description) {
            this.raw = raw;
            this.tls = tls;
            this.description = description;
        }

        @Override
        public void start() throws IOException {
            raw.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            tls.startHandshake();
            raw.setSoTimeout(0);
            in = new BufferedInputStream(tls.getInputStream(), 64 * 1024);
            out = tls.getOutputStream();
            // libvirt's clients wait for one byte after the handshake: 1 = the server accepted their
            // certificate (a refused certificate already failed the handshake above)
            out.write(TLS_CONFIRMATION);
            out.flush();
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
            return false;
        }

        @Override
        public String describe() {
            return description;
        }

        @Override
        public void close() {
            try {
                raw.close();
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
