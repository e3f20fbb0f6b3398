package org.jvirt.daemon.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The server's SSLContext from libvirt's three PEM files: our key and certificate (chain) to present, and the
 * CA that client certificates must chain to (libvirt verifies clients unless tls_no_verify_certificate).
 */
public final class TlsContexts {

    private static final char[] NO_PASSWORD = new char[0];

    private TlsContexts() {
    }

    /**
     * libvirt's clients read a one-byte confirmation right after the handshake; a TLS 1.3 NewSessionTicket
     * arriving first makes GnuTLS report EAGAIN and the client give up ("Unable to read TLS confirmation").
     * libvirtd's GnuTLS sends no tickets; neither do we. Read once by the JDK, so set before the first TLS use.
     */
    static final String TICKETS = "jdk.tls.server.newSessionTicketCount";

    public static SSLContext server(Path caFile, Path certFile, Path keyFile) throws IOException {
        if (System.getProperty(TICKETS) == null) {
            System.setProperty(TICKETS, "0");
        }
        for (Path p : List.of(caFile, certFile, keyFile)) {
            if (!Files.isReadable(p)) {
                throw new IOException("Cannot read " + describe(p, caFile, certFile) + " '" + p + "': No such file or directory");
            }
        }
        try {
            List<X509Certificate> chain = PemFiles.certificates(certFile);
            PrivateKey key = PemFiles.privateKey(keyFile);
            List<X509Certificate> cas = PemFiles.certificates(caFile);

            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", key, NO_PASSWORD, chain.toArray(X509Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, NO_PASSWORD);

            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                trust.setCertificateEntry("ca" + i, cas.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);

            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), new javax.net.ssl.TrustManager[] {new QuietTrustManager(pkix(tmf))}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException("Unable to set up TLS from '" + certFile + "' and '" + keyFile + "': " + e.getMessage(), e);
        }
    }

    private static javax.net.ssl.X509ExtendedTrustManager pkix(TrustManagerFactory tmf) {
        for (javax.net.ssl.TrustManager t : tmf.getTrustManagers()) {
            if (t instanceof javax.net.ssl.X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("no X509 trust manager");
    }

    private static String describe(Path p, Path ca, Path cert) {
        return p.equals(ca) ? "CA certificate" : p.equals(cert) ? "server certificate" : "server private key";
    }
}
