package org.jvirt.driver.remote;

import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectFlag;

/**
 * The URI -> {@link RemoteTarget} mapping of libvirt 9.0's remote driver (remoteSplitURIScheme,
 * remoteGetURIDaemonInfo, doRemoteOpen), with its error texts. Pure: the host facts come from {@link RemoteHost}.
 */
final class RemoteTargets {

    static final String TLS_PORT = "16514";
    static final String TCP_PORT = "16509";

    private RemoteTargets() {
    }

    /**
     * @param connectFlags virConnectFlags (only RO matters here)
     * @param insideDaemon a daemon's own remote driver only serves URIs naming a server (libvirt's inside_daemon)
     */
    static RemoteTarget resolve(String text, int connectFlags, RemoteHost host, boolean insideDaemon) {
        RemoteUri uri = RemoteUri.parse(text);
        int plus = uri.scheme().indexOf('+');
        String driver = plus < 0 ? uri.scheme() : uri.scheme().substring(0, plus);
        RemoteTransport transport = transport(uri, plus < 0 ? null : uri.scheme().substring(plus + 1));

        int flags = 0;
        if (uri.path() != null && (uri.path().equals("/session") || uri.scheme().startsWith("test+"))
                && host.euid() > 0) {
            flags |= RemoteTarget.OPEN_USER;
        }
        if ((connectFlags & ConnectFlag.RO.value()) != 0) {
            flags |= RemoteTarget.OPEN_RO;
        }

        String port = uri.port() != 0 ? Integer.toString(uri.port())
                : transport == RemoteTransport.TLS ? TLS_PORT
                : transport == RemoteTransport.TCP ? TCP_PORT : null;
        String hostname = uri.server() != null ? uri.server() : "localhost";
        RemoteParams p = RemoteParams.extract(uri.params());

        String name = p.name;
        if (name == null) {
            name = uri.scheme().equals("remote") || uri.scheme().startsWith("remote+") ? ""
                    : RemoteUriFormat.name(driver, uri.path(), p.passThrough, uri.fragment());
        }

        RemoteSockets.Mode mode;
        if (p.mode != null) {
            mode = RemoteSockets.Mode.parse(p.mode);
        } else {
            mode = insideDaemon && uri.server() == null ? RemoteSockets.Mode.DIRECT : RemoteSockets.Mode.AUTO;
        }
        SshCommand.Proxy proxy;
        if (p.proxy != null) {
            proxy = SshCommand.Proxy.parse(p.proxy);
        } else if (p.socket != null) {
            // virt-ssh-helper cannot be told a socket path, so an explicit one needs netcat
            proxy = SshCommand.Proxy.NETCAT;
        } else if ((flags & RemoteTarget.OPEN_USER) != 0) {
            proxy = SshCommand.Proxy.NATIVE;
        } else {
            proxy = SshCommand.Proxy.AUTO;
        }

        if (transport == RemoteTransport.EXT && p.command == null) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                    "remote_open: for 'ext' transport, command is required");
        }
        boolean readOnly = (flags & RemoteTarget.OPEN_RO) != 0;
        String socket = p.socket;
        if (socket == null && (transport == RemoteTransport.UNIX || transport == RemoteTransport.SSH
                || transport == RemoteTransport.LIBSSH || transport == RemoteTransport.LIBSSH2)) {
            socket = RemoteSockets.path(transport, mode, driver, (flags & RemoteTarget.OPEN_USER) != 0, readOnly,
                    host);
        }

        RemoteEndpoint endpoint = switch (transport) {
            case TLS -> new RemoteEndpoint.Tcp(hostname, Integer.parseInt(port),
                    RemotePki.locate(p.pkipath, host, p.verify));
            case TCP -> new RemoteEndpoint.Tcp(hostname, Integer.parseInt(port), null);
            case UNIX -> new RemoteEndpoint.Unix(socket);
            case SSH -> new RemoteEndpoint.Command(SshCommand.argv(p.command, hostname, port, uri.user(), p.keyfile,
                    !p.tty, !p.verify, SshCommand.remote(proxy, p.netcat, socket, name, readOnly)));
            case EXT -> new RemoteEndpoint.Command(List.of(p.command));
            // libvirt links libssh/libssh2 for these; a pure-Java client has the system's ssh instead, and says
            // what a libvirt built without them says
            case LIBSSH, LIBSSH2 -> throw RemoteFailures.system(transport.uriName()
                    + " transport support was not enabled", "Function not implemented");
        };
        return new RemoteTarget(transport, endpoint, name, flags, p.auth);
    }

    /** remoteSplitURIScheme: an explicit transport, else TLS with a server and UNIX without. */
    private static RemoteTransport transport(RemoteUri uri, String name) {
        if (name == null) {
            return uri.server() != null ? RemoteTransport.TLS : RemoteTransport.UNIX;
        }
        RemoteTransport t = RemoteTransport.ofUriName(name);
        if (t == null) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                    "remote_open: transport in URL not recognised (should be tls|unix|ssh|ext|tcp|libssh2|libssh)");
        }
        if (t == RemoteTransport.UNIX && uri.server() != null) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                    "using unix socket and remote server '%s' is not supported.", uri.server());
        }
        return t;
    }
}
