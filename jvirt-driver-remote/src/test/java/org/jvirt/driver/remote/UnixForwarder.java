package org.jvirt.driver.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A TCP (or TLS) listener on 127.0.0.1 that forwards each connection to a daemon's UNIX socket, so the tcp and
 * tls transports reach the real scratch libvirtd. In TLS mode it first sends the confirmation byte a libvirt
 * daemon sends after checking the client, as libvirtd does.
 */
final class UnixForwarder implements AutoCloseable {

    private final ServerSocket server;
    private final String socketPath;
    private final boolean tls;

    UnixForwarder(String socketPath, SSLContext tlsContext) throws IOException {
        this.socketPath = socketPath;
        this.tls = tlsContext != null;
        if (tlsContext != null) {
            SSLServerSocket s = (SSLServerSocket) tlsContext.getServerSocketFactory().createServerSocket(0, 50,
                    InetAddress.getLoopbackAddress());
            s.setWantClientAuth(true);
            // the JDK's TLS 1.3 server sends session tickets right after the handshake, which libvirt's GnuTLS
            // client mistakes for its confirmation byte ("Unable to read TLS confirmation"); libvirtd does not
            s.setEnabledProtocols(new String[] {"TLSv1.2"});
            server = s;
        } else {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        Thread.ofVirtual().start(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread.ofVirtual().start(() -> forward(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void forward(Socket s) {
        try (s; SocketChannel unix = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            if (tls) {
                ((javax.net.ssl.SSLSocket) s).startHandshake();
                s.getOutputStream().write(1);
                s.getOutputStream().flush();
            }
            unix.connect(UnixDomainSocketAddress.of(socketPath));
            Thread up = Thread.ofVirtual().start(() -> pump(s, unix));
            ByteBuffer down = ByteBuffer.allocate(65536);
            while (true) {
                down.clear();
                int n = unix.read(down);
                if (n < 0) {
                    break;
                }
                s.getOutputStream().write(down.array(), 0, n);
                s.getOutputStream().flush();
            }
            up.join(1000);
        } catch (IOException | InterruptedException e) {
            // the client or the daemon went away
        }
    }

    private static void pump(Socket s, SocketChannel unix) {
        try {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                while (b.hasRemaining()) {
                    unix.write(b);
                }
            }
            unix.shutdownOutput();
        } catch (IOException e) {
            // the connection ended
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
