package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.daemon.net.Pki;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TCP and TLS listeners with the real virsh: {@code test+tcp://} with auth_tcp = "none", and
 * {@code test+tls://localhost} with x509 certificates made by openssl (libvirt's GnuTLS client checks the
 * server certificate and hostname; jvirtd checks the client certificate against the CA).
 */
class TlsTcpIT {

    @BeforeAll
    static void need() {
        Assumptions.assumeTrue(Cmd.available("virsh"), "no virsh");
        Assumptions.assumeTrue(Pki.opensslAvailable(), "no openssl");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void plainTcpOnlyWithListen() throws Exception {
        Path dir = Files.createTempDirectory("jvirtd-tcp");
        int port = freePort();
        String conf = "listen_tcp = 1\nlisten_tls = 0\nauth_tcp = \"none\"\nlisten_addr = \"127.0.0.1\"\ntcp_port = \"" + port + "\"\n";
        String uri = "test+tcp://127.0.0.1:" + port + "/default";
        try (TestDaemon d = TestDaemon.start(dir.resolve("a"), conf, false)) {
            Cmd.Result r = Cmd.virsh(uri, "list", "--name");
            assertThat(r.rc()).as("no TCP socket without --listen").isEqualTo(1);
        }
        try (TestDaemon d = TestDaemon.start(dir.resolve("b"), conf, true)) {
            Cmd.Result r = Cmd.virsh(uri, "list", "--name");
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo("test\n\n");
        }
    }

    @Test
    void tlsWithCertificates() throws Exception {
        Path dir = Files.createTempDirectory("jvirtd-tls");
        Path pki = Files.createDirectories(dir.resolve("pki"));
        Pki.create(pki);
        int port = freePort();
        String conf = "listen_tcp = 0\nlisten_tls = 1\nlisten_addr = \"127.0.0.1\"\ntls_port = \"" + port + "\"\n"
                + "ca_file = \"" + pki.resolve("cacert.pem") + "\"\ncert_file = \"" + pki.resolve("servercert.pem") + "\"\n"
                + "key_file = \"" + pki.resolve("serverkey.pem") + "\"\n";
        try (TestDaemon d = TestDaemon.start(dir.resolve("sock"), conf, true)) {
            String uri = "test+tls://localhost:" + port + "/default?pkipath=" + pki;
            Cmd.Result r = Cmd.virsh(uri, "dominfo", "test");
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("Name:           test", "State:          running");
            // libvirt's client refuses a server whose certificate does not name the host it dialled
            Cmd.Result wrongHost = Cmd.virsh("test+tls://127.0.0.2:" + port + "/default?pkipath=" + pki, "uri");
            assertThat(wrongHost.rc()).isEqualTo(1);
            // and jvirtd refuses a client without a certificate from its CA
            Path other = Files.createDirectories(dir.resolve("other"));
            Pki.create(other);
            Files.copy(pki.resolve("cacert.pem"), other.resolve("cacert.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Cmd.Result stranger = Cmd.virsh("test+tls://localhost:" + port + "/default?pkipath=" + other, "uri");
            assertThat(stranger.rc()).isEqualTo(1);
            assertThat(d.daemon().server().clientCount()).isZero();
        }
    }
}
