package org.jvirt.daemon.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonConfigTest {

    private static final HostPaths ROOT = HostPaths.of(true, Map.of("HOME", "/root"));
    private static final HostPaths USER = HostPaths.of(false, Map.of("HOME", "/home/u", "XDG_RUNTIME_DIR", "/run/user/1000"));

    private static DaemonConfig load(String text, HostPaths host) throws ConfigException {
        return DaemonConfig.load(ConfFile.parse("j.conf", text), host);
    }

    @Test
    void libvirtdDefaultsAsRoot() throws Exception {
        DaemonConfig c = load("", ROOT);
        assertThat(c.rwSocket()).isEqualTo(Path.of("/run/libvirt/libvirt-sock"));
        assertThat(c.roSocket()).hasValue(Path.of("/run/libvirt/libvirt-sock-ro"));
        assertThat(c.unixSockRoPerms()).isEqualTo(0777);
        assertThat(c.unixSockRwPerms()).isEqualTo(0700);
        assertThat(c.unixSockGroup()).isNull();
        assertThat(c.listenTcp()).isFalse();
        assertThat(c.listenTls()).isTrue();
        assertThat(c.tcpPort()).isEqualTo(16509);
        assertThat(c.tlsPort()).isEqualTo(16514);
        assertThat(c.listenAddr()).isNull();
        assertThat(c.authTcp()).isEqualTo(AuthType.SASL);
        assertThat(c.authUnixRw()).isEqualTo(AuthType.NONE);
        assertThat(c.maxClients()).isEqualTo(5000);
        assertThat(c.maxWorkers()).isEqualTo(20);
        assertThat(c.keepaliveInterval()).isEqualTo(5);
        assertThat(c.keepaliveCount()).isEqualTo(5);
        assertThat(c.tlsFiles()).isEqualTo(new DaemonConfig.TlsFiles(Path.of("/etc/pki/CA/cacert.pem"),
                Path.of("/etc/pki/libvirt/servercert.pem"), Path.of("/etc/pki/libvirt/private/serverkey.pem")));
    }

    @Test
    void unprivilegedDefaultsFollowXdgAndHaveNoReadOnlySocket() throws Exception {
        DaemonConfig c = load("", USER);
        assertThat(c.rwSocket()).isEqualTo(Path.of("/run/user/1000/libvirt/libvirt-sock"));
        assertThat(c.roSocket()).isEmpty();
        assertThat(c.tlsFiles().caFile()).isEqualTo(Path.of("/home/u/.pki/libvirt/cacert.pem"));
        assertThat(HostPaths.of(false, Map.of("HOME", "/home/u")).defaultSocketDir())
                .isEqualTo(Path.of("/home/u/.cache/libvirt"));
    }

    @Test
    void everyKeyIsRead() throws Exception {
        DaemonConfig c = load("""
                unix_sock_dir = "/tmp/x"
                unix_sock_ro_perms = "0755"
                unix_sock_rw_perms = "0770"
                unix_sock_group = "libvirt"
                auth_unix_ro = "none"
                auth_unix_rw = "polkit"
                listen_tcp = 1
                listen_tls = 0
                tcp_port = "17000"
                tls_port = "17001"
                listen_addr = "127.0.0.1"
                auth_tcp = "none"
                key_file = "/k.pem"
                cert_file = "/c.pem"
                ca_file = "/ca.pem"
                max_clients = 7
                max_workers = 3
                keepalive_interval = -1
                keepalive_count = 0
                some_unknown_key = "ignored"
                """, ROOT);
        assertThat(c.rwSocket()).isEqualTo(Path.of("/tmp/x/libvirt-sock"));
        assertThat(c.roSocket()).hasValue(Path.of("/tmp/x/libvirt-sock-ro"));
        assertThat(c.unixSockRoPerms()).isEqualTo(0755);
        assertThat(c.unixSockRwPerms()).isEqualTo(0770);
        assertThat(c.unixSockGroup()).isEqualTo("libvirt");
        assertThat(c.authUnixRw()).isEqualTo(AuthType.POLKIT);
        assertThat(c.listenTcp()).isTrue();
        assertThat(c.listenTls()).isFalse();
        assertThat(c.tcpPort()).isEqualTo(17000);
        assertThat(c.tlsPort()).isEqualTo(17001);
        assertThat(c.listenAddr()).isEqualTo("127.0.0.1");
        assertThat(c.authTcp()).isEqualTo(AuthType.NONE);
        assertThat(c.tlsFiles()).isEqualTo(new DaemonConfig.TlsFiles(Path.of("/ca.pem"), Path.of("/c.pem"), Path.of("/k.pem")));
        assertThat(c.maxClients()).isEqualTo(7);
        assertThat(c.maxWorkers()).isEqualTo(3);
        assertThat(c.keepaliveInterval()).isEqualTo(-1);
        assertThat(c.keepaliveCount()).isZero();
    }

    @Test
    void badValuesAreRefusedWithLibvirtsMessages() {
        assertThatThrownBy(() -> load("auth_unix_rw = \"bogus\"", ROOT))
                .hasMessage("unsupported configuration: j.conf: auth_unix_rw: unsupported auth bogus");
        assertThatThrownBy(() -> load("listen_tcp = 2", ROOT))
                .hasMessage("internal error: j.conf: value for 'listen_tcp' parameter must be 0 or 1");
        assertThatThrownBy(() -> load("unix_sock_dir = 5", ROOT))
                .hasMessage("internal error: j.conf: expected a string for 'unix_sock_dir' parameter");
        assertThatThrownBy(() -> load("unix_sock_rw_perms = \"rw\"", ROOT)).hasMessage("Failed to parse mode 'rw'");
        assertThatThrownBy(() -> load("max_workers = 0", ROOT)).hasMessage("internal error: 'max_workers' must be greater than 0");
        assertThatThrownBy(() -> load("tcp_port = \"http\"", ROOT)).hasMessageContaining("Cannot resolve service 'http'");
    }

    @Test
    void partialTlsFilesAreRefusedAsLibvirtdDoes() throws Exception {
        assertThatThrownBy(() -> load("cert_file = \"/c\"\nkey_file = \"/k\"", ROOT).tlsFiles())
                .hasMessage("unsupported configuration: No CA certificate path set to match server key/cert");
        assertThatThrownBy(() -> load("ca_file = \"/ca\"\nkey_file = \"/k\"", ROOT).tlsFiles())
                .hasMessage("unsupported configuration: No server certificate path set to match server key");
        assertThatThrownBy(() -> load("ca_file = \"/ca\"\ncert_file = \"/c\"", ROOT).tlsFiles())
                .hasMessage("unsupported configuration: No server key path set to match server cert");
    }
}
