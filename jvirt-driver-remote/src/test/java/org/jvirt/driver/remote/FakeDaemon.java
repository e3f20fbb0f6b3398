package org.jvirt.driver.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.rpc.RpcFraming;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.remote.AuthListRet;
import org.jvirt.rpc.remote.ConnectSupportsFeatureRet;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A scripted daemon on a real UNIX socket speaking real packets: a test accepts a client, reads its calls and
 * answers them (or not) in whatever order and shape it wants.
 */
final class FakeDaemon implements AutoCloseable, AfterEachCallback {

    private final Path dir;
    private final Path socket;
    private final ServerSocketChannel server;

    FakeDaemon() throws IOException {
        dir = Files.createTempDirectory("jvirt-fake-daemon");
        socket = dir.resolve("sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
    }

    /** For {@code @RegisterExtension}: a daemon for one test, closed after it. */
    static FakeDaemon perTest() {
        try {
            return new FakeDaemon();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
    }

    String socketPath() {
        return socket.toString();
    }

    Conn accept() throws IOException {
        return new Conn(server.accept());
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
        Files.deleteIfExists(dir);
    }

    /** One accepted client. */
    static final class Conn implements AutoCloseable {
        private final SocketChannel ch;
        private final InputStream in;
        private final OutputStream out;

        Conn(SocketChannel ch) {
            this.ch = ch;
            this.in = Channels.newInputStream(ch);
            this.out = Channels.newOutputStream(ch);
        }

        /** The next packet from the client; null when it closed. */
        RpcMessage read() throws IOException {
            return RpcFraming.read(in);
        }

        <T> void reply(RpcMessage call, Class<T> type, T body) throws IOException {
            RpcFraming.write(out, RpcMessage.of(call.header().reply(RpcStatus.OK), type, body));
        }

        void replyError(RpcMessage call, RemoteError error) throws IOException {
            RpcFraming.write(out, RpcMessage.of(call.header().reply(RpcStatus.ERROR), RemoteError.class, error));
        }

        void send(RpcMessage m) throws IOException {
            RpcFraming.write(out, m);
        }

        <T> void message(int program, int version, int procedure, Class<T> type, T body) throws IOException {
            RpcFraming.write(out, RpcMessage.of(RpcHeader.message(program, version, procedure), type, body));
        }

        /** Answers a client's connect sequence: auth none, no optional feature, the open. */
        void handshake() throws IOException {
            for (int k = 0; k < 5; k++) {
                RpcMessage m = read();
                int proc = m.header().procedure();
                if (proc == ConnectProcedures.AUTH_LIST.number()) {
                    reply(m, AuthListRet.class, new AuthListRet(new int[] {0}));
                } else if (proc == ConnectProcedures.CONNECT_SUPPORTS_FEATURE.number()) {
                    reply(m, ConnectSupportsFeatureRet.class, new ConnectSupportsFeatureRet(0));
                } else {
                    reply(m, XdrVoid.class, new XdrVoid());
                }
            }
        }

        void raw(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
