package org.jvirt.daemon.net;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A unix socket listener (libvirt's virNetServerServiceNewUNIX): creates the directory, replaces a stale
 * socket file left by a daemon that died, refuses to take over a socket a live daemon still serves, and
 * applies the configured mode and group.
 */
public final class UnixListener implements Listener {

    private final ServerSocketChannel server;
    private final Path path;
    private final boolean readOnly;

    private UnixListener(ServerSocketChannel server, Path path, boolean readOnly) {
        this.server = server;
        this.path = path;
        this.readOnly = readOnly;
    }

    /**
     * @param mode permission bits, e.g. 0700
     * @param group group name or null to keep the daemon's
     */
    public static UnixListener open(Path path, int mode, String group, boolean readOnly, int backlog) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        removeStale(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(path), backlog);
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            if (group != null) {
                GroupPrincipal g = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(group);
                view.setGroup(g);
            }
            view.setPermissions(permissions(mode));
        } catch (IOException | RuntimeException e) {
            server.close();
            Files.deleteIfExists(path);
            throw new IOException("Failed to bind socket to '" + path + "': " + e.getMessage(), e);
        }
        return new UnixListener(server, path, readOnly);
    }

    /** A socket file nobody answers on is what a killed daemon leaves behind: remove it. */
    private static void removeStale(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // sockets are "other" files; a regular file or directory there is the user's, not ours to delete
        if (!Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
            throw new IOException("Failed to bind socket to '" + path + "': the path exists and is not a socket");
        }
        boolean live;
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            live = true;
        } catch (IOException e) {
            live = false;
        }
        if (live) {
            throw new IOException("Failed to bind socket to '" + path + "': Address already in use (another daemon serves it)");
        }
        Files.deleteIfExists(path);
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                out.add(order[bit]);
            }
        }
        return out;
    }

    public Path path() {
        return path;
    }

    @Override
    public Transport accept() throws IOException {
        SocketChannel ch = server.accept();
        return new ChannelTransport(ch, readOnly, "unix:" + path);
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public String describe() {
        return "unix:" + path + (readOnly ? " (read-only)" : "");
    }

    /** Stops accepting and removes the socket file, as libvirtd does on exit. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover file is replaced at the next start
        }
    }
}
