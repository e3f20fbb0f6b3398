package org.jvirt.driver.qemu;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves QEMU's migration stream between a unix socket and the save image. QEMU runs with libvirt's
 * {@code -sandbox ...,spawn=deny}, so the {@code exec:} URIs of old libvirt cannot run inside it; instead of
 * passing the image's descriptor over QMP (getfd needs SCM_RIGHTS, which the JDK's socket channels cannot send,
 * so the QMP transport would have to move to raw FFM sockets), the JVM serves or dials a unix socket in the
 * domain's run directory and copies bytes: pure JDK, the monitor stays as it is, and the image file is opened by
 * us with our permissions. The price is one copy through user space.
 */
final class QemuMigrationPump {

    private QemuMigrationPump() {
    }

    /** Outgoing (save): listens on {@code socket}, and copies what QEMU sends into {@code out} from {@code offset}. */
    static final class Receiver implements AutoCloseable {

        private final Path socket;
        private final ServerSocketChannel server;
        private final CompletableFuture<Long> copied = new CompletableFuture<>();

        Receiver(Path socket, FileChannel out, long offset) throws IOException {
            this.socket = socket;
            Files.deleteIfExists(socket);
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread.ofVirtual().name("qemu-save-pump").start(() -> {
                try (SocketChannel in = server.accept()) {
                    ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
                    long pos = offset;
                    while (in.read(buf) >= 0) {
                        buf.flip();
                        while (buf.hasRemaining()) {
                            pos += out.write(buf, pos);
                        }
                        buf.clear();
                    }
                    copied.complete(pos - offset);
                } catch (IOException | RuntimeException e) {
                    copied.completeExceptionally(e);
                }
            });
        }

        /** The URI to hand to QEMU's migrate command. */
        String uri() {
            return "unix:" + socket;
        }

        /** Waits until QEMU closed the stream; the number of bytes written. */
        long await(long timeoutSeconds) throws IOException {
            try {
                return copied.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (TimeoutException e) {
                throw new IOException("migration stream did not end within " + timeoutSeconds + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }

        @Override
        public void close() {
            try {
                server.close(); // also ends a pending accept when QEMU never connected
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                // best effort: the run directory goes with the domain anyway
            }
        }
    }

    /** Incoming (restore): connects to QEMU's listening {@code socket} and sends {@code in} from {@code offset}. */
    static CompletableFuture<Long> send(Path socket, FileChannel in, long offset) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Thread.ofVirtual().name("qemu-restore-pump").start(() -> {
            try (SocketChannel out = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                // A plain copy loop, not transferTo: on a virtual thread the socket is non-blocking underneath,
                // and sendfile's EAGAIN comes back as a 0-byte transfer instead of parking the thread.
                ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
                long pos = offset;
                for (int n; (n = in.read(buf, pos)) > 0; pos += n) {
                    buf.flip();
                    while (buf.hasRemaining()) {
                        out.write(buf);
                    }
                    buf.clear();
                }
                out.shutdownOutput();
                done.complete(pos - offset);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }
}
