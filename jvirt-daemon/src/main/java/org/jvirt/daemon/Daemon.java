package org.jvirt.daemon;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.jvirt.daemon.conf.AuthType;
import org.jvirt.daemon.conf.ConfigException;
import org.jvirt.daemon.conf.DaemonConfig;
import org.jvirt.daemon.net.Listener;
import org.jvirt.daemon.net.TcpListener;
import org.jvirt.daemon.net.TlsContexts;
import org.jvirt.daemon.net.TlsListener;
import org.jvirt.daemon.net.UnixListener;
import org.jvirt.daemon.remote.RemoteProgram;
import org.jvirt.daemon.session.Server;

/**
 * A running jvirtd: the listeners libvirtd would open for the same configuration (the unix rw socket, the
 * read-only one when root, TCP and TLS only with --listen and listen_tcp / listen_tls) serving the REMOTE and
 * KEEPALIVE programs. Everything opened is closed again if a later step fails.
 */
public final class Daemon implements AutoCloseable {

    private final Server server;
    private final List<Listener> listeners;

    private Daemon(Server server, List<Listener> listeners) {
        this.server = server;
        this.listeners = listeners;
    }

    /** @param listen libvirtd's --listen: without it no TCP/TLS socket is opened whatever the config says */
    public static Daemon start(DaemonConfig config, boolean listen) throws IOException, ConfigException {
        // libvirtd's virSetErrorFunc(NULL, daemonErrorHandler): errors go back to the clients, not to stderr
        org.jvirt.Errors.setErrorListener(e -> {
        });
        checkAuth("auth_unix_rw", config.authUnixRw());
        if (config.roSocket().isPresent()) {
            checkAuth("auth_unix_ro", config.authUnixRo());
        }
        if (listen && config.listenTcp()) {
            checkAuth("auth_tcp", config.authTcp());
        }
        if (listen && config.listenTls()) {
            checkAuth("auth_tls", config.authTls());
        }
        List<Listener> opened = new ArrayList<>();
        try {
            opened.add(UnixListener.open(config.rwSocket(), config.unixSockRwPerms(), config.unixSockGroup(), false,
                    config.maxQueuedClients()));
            if (config.roSocket().isPresent()) {
                opened.add(UnixListener.open(config.roSocket().get(), config.unixSockRoPerms(), config.unixSockGroup(),
                        true, config.maxQueuedClients()));
            }
            if (listen && config.listenTcp()) {
                opened.add(TcpListener.open(config.listenAddr(), config.tcpPort(), config.maxQueuedClients()));
            }
            if (listen && config.listenTls()) {
                DaemonConfig.TlsFiles f = config.tlsFiles();
                SSLContext ctx = TlsContexts.server(f.caFile(), f.certFile(), f.keyFile());
                opened.add(TlsListener.open(ctx, config.listenAddr(), config.tlsPort(), config.maxQueuedClients(),
                        !config.tlsNoVerifyCertificate()));
            }
        } catch (IOException | ConfigException | RuntimeException e) {
            for (Listener l : opened) {
                l.close();
            }
            throw e;
        }
        Server server = new Server(config, RemoteProgram.standard());
        for (Listener l : opened) {
            server.listen(l);
        }
        return new Daemon(server, List.copyOf(opened));
    }

    /** jvirtd has no SASL or polkit: any other auth would mean serving clients it was told to authenticate. */
    private static void checkAuth(String key, AuthType type) throws ConfigException {
        if (type != AuthType.NONE) {
            throw new ConfigException("unsupported configuration: " + key + " = \"" + type.word()
                    + "\" is not available in jvirtd (no SASL or polkit); set " + key + " = \"none\"");
        }
    }

    public Server server() {
        return server;
    }

    public List<Listener> listeners() {
        return listeners;
    }

    /** Blocks until stopped or, with a timeout, until idle that long; true when it ended for idleness. */
    public boolean awaitIdleOrStop(int timeoutSeconds) throws InterruptedException {
        return server.awaitIdleOrStop(timeoutSeconds);
    }

    @Override
    public void close() {
        server.close();
    }
}
