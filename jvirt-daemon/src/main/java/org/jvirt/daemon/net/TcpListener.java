package org.jvirt.daemon.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Plain TCP (listen_tcp): only with explicit configuration and --listen, as libvirtd. A null address listens
 * on every address, IPv4 and IPv6 (the JDK's dual-stack socket), like libvirt's AF_UNSPEC listen.
 */
public final class TcpListener implements Listener {

    private final ServerSocketChannel server;
    private final String description;

    private TcpListener(ServerSocketChannel server, String description) {
        this.server = server;
        this.description = description;
    }

    public static TcpListener open(String address, int port, int backlog) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            InetSocketAddress at = address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port);
            server.bind(at, backlog);
        } catch (IOException e) {
            server.close();
            throw new IOException("Unable to listen on " + (address == null ? "*" : address) + ":" + port + ": " + e.getMessage(), e);
        }
        return new TcpListener(server, "tcp:" + server.socket().getLocalSocketAddress());
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    @Override
    public Transport accept() throws IOException {
        SocketChannel ch = server.accept();
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return new ChannelTransport(ch, false, "tcp:" + ch.getRemoteAddress());
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
            server.close();
        } catch (IOException ignored) {
            // best effort
        }
    }
}
