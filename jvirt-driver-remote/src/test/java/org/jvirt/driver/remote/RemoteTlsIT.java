package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jvirt.Connect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tls transport: the JDK's TLS with libvirt's PEM layout ({@code pkipath=}), certificates made with openssl
 * for the test, and a TLS listener that forwards to the real scratch libvirtd after sending libvirt's
 * confirmation byte. Compared with python3-libvirt (GnuTLS) going the same way.
 */
class RemoteTlsIT {

    private static String socket;
    private static Path dir;
    private static Path good;
    private static Path other;
    private static Path caOnly;
    private static UnixForwarder forwarder;

    @BeforeAll
    static void setUp() throws Exception {
        socket = LibvirtdScratch.socket();
        LibvirtdScratch.requirePython();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl not installed");
        dir = Files.createTempDirectory("jvirt-remote-tls");
        good = Files.createDirectory(dir.resolve("good"));
        other = Files.createDirectory(dir.resolve("other"));
        caOnly = Files.createDirectory(dir.resolve("ca-only"));
        Pki.ca(good);
        Pki.signed(good, "server", "localhost", "DNS:localhost,IP:127.0.0.1", "serverAuth");
        Pki.signed(good, "client", "jvirt-client", null, "clientAuth");
        // GnuTLS's certtool writes PKCS#1 RSA keys: the client key takes that form to exercise the wrapping
        Pki.openssl(good, "rsa", "-in", "clientkey.pem", "-traditional", "-out", "clientkey.pem");
        Pki.ca(other);
        Pki.signed(other, "client", "jvirt-client", null, "clientAuth");
        Files.copy(good.resolve("cacert.pem"), caOnly.resolve("cacert.pem"));

        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", PemFiles.privateKey(Files.readAllBytes(good.resolve("serverkey.pem"))), new char[0],
                PemFiles.certificates(Files.readAllBytes(good.resolve("servercert.pem"))).toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // the daemon side of this test accepts any client: what is tested is the client
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        forwarder = new UnixForwarder(socket, ctx);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (forwarder != null) {
            forwarder.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String uri(String host, Path pki, String extra) {
        return "test+tls://" + host + ":" + forwarder.port() + "/default?pkipath=" + pki + extra;
    }

    private static void compare(String uri) throws Exception {
        RemoteTransportsITSupport.compare(uri, RemoteTransportsIT.connectedSteps());
    }

    @Test
    void tlsWithTheProjectsPkiLayout() throws Exception {
        compare(uri("127.0.0.1", good, ""));
        try (Connect c = Connect.open(uri("localhost", good, ""))) {
            assertThat(c.isEncrypted()).isTrue();
            assertThat(c.isSecure()).isTrue();
            assertThat(c.getType()).isEqualTo("TEST");
        }
    }

    @Test
    void anUntrustedServerIsRefusedUnlessVerificationIsOff() throws Exception {
        compare(uri("127.0.0.1", other, ""));
        compare(uri("127.0.0.1", other, "&no_verify=1"));
    }

    @Test
    void noClientCertificateIsAllowed() throws Exception {
        compare(uri("127.0.0.1", caOnly, ""));
    }

    @Test
    void aMissingCaIsLibvirtsError() throws Exception {
        compare(uri("127.0.0.1", dir.resolve("none"), ""));
    }

    /** openssl, as a CA for the test would be set up by hand. */
    static final class Pki {

        static void ca(Path d) throws Exception {
            openssl(d, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "cakey.pem", "-out", "cacert.pem",
                    "-days", "2", "-subj", "/CN=jvirt test CA " + d.getFileName(),
                    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        }

        static void signed(Path d, String who, String cn, String san, String purpose) throws Exception {
            openssl(d, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", who + "key.pem", "-out", who + ".csr",
                    "-subj", "/CN=" + cn);
            StringBuilder ext = new StringBuilder("basicConstraints=critical,CA:FALSE\n"
                    + "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=" + purpose + "\n");
            if (san != null) {
                ext.append("subjectAltName=").append(san).append('\n');
            }
            Files.writeString(d.resolve(who + ".ext"), ext);
            openssl(d, "x509", "-req", "-in", who + ".csr", "-CA", "cacert.pem", "-CAkey", "cakey.pem",
                    "-CAcreateserial", "-out", who + "cert.pem", "-days", "2", "-extfile", who + ".ext");
        }

        static void openssl(Path d, String... args) throws Exception {
            List<String> argv = new java.util.ArrayList<>(List.of("/usr/bin/openssl"));
            argv.addAll(List.of(args));
            Process p = new ProcessBuilder(argv).directory(d.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("openssl " + argv + ": " + out);
            }
        }
    }
}
