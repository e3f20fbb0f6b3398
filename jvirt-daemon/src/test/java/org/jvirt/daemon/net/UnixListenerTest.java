package org.jvirt.daemon.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.jvirt.daemon.conf.HostPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socket files as libvirtd leaves them: mode and group applied, stale ones replaced, live ones left alone. */
class UnixListenerTest {

    @TempDir
    Path dir;

    private static PosixFileAttributes attrs(Path p) throws Exception {
        return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void modeAndDirectoryAreApplied() throws Exception {
        Path sock = dir.resolve("a/b/libvirt-sock");
        try (UnixListener l = UnixListener.open(sock, 0770, null, false, 5)) {
            assertThat(PosixFilePermissions.toString(attrs(sock).permissions())).isEqualTo("rwxrwx---");
            assertThat(l.describe()).isEqualTo("unix:" + sock);
        }
        assertThat(Files.exists(sock, LinkOption.NOFOLLOW_LINKS)).as("removed on close").isFalse();
        try (UnixListener l = UnixListener.open(sock, 0777, null, true, 5)) {
            assertThat(PosixFilePermissions.toString(attrs(sock).permissions())).isEqualTo("rwxrwxrwx");
            assertThat(l.readOnly()).isTrue();
        }
    }

    @Test
    void groupIsApplied() throws Exception {
        Assumptions.assumeTrue(HostPaths.current().privileged(), "changing a file's group needs root");
        Path sock = dir.resolve("libvirt-sock");
        try (UnixListener l = UnixListener.open(sock, 0770, "daemon", false, 5)) {
            assertThat(attrs(sock).group().getName()).isEqualTo("daemon");
        }
        assertThatThrownBy(() -> UnixListener.open(dir.resolve("x"), 0770, "no-such-group-jvirt", false, 5))
                .hasMessageContaining("Failed to bind socket");
    }

    @Test
    void staleSocketIsReplacedLiveOneIsNot() throws Exception {
        Path sock = dir.resolve("libvirt-sock");
        // a socket file whose daemon died: bound, never closed via unlink
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(sock));
        dead.close();
        assertThat(Files.exists(sock, LinkOption.NOFOLLOW_LINKS)).isTrue();
        try (UnixListener l = UnixListener.open(sock, 0700, null, false, 5)) {
            // and now it is live: a second daemon must not take it over
            assertThatThrownBy(() -> UnixListener.open(sock, 0700, null, false, 5))
                    .hasMessageContaining("Address already in use");
        }
        Path file = Files.writeString(dir.resolve("not-a-socket"), "x");
        assertThatThrownBy(() -> UnixListener.open(file, 0700, null, false, 5)).hasMessageContaining("is not a socket");
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
