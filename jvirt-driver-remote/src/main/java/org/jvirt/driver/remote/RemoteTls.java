package org.jvirt.driver.remote;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * libvirt's TLS client with the JDK's TLS: the CA and the optional client certificate and key from PEM files,
 * the server's certificate checked against the CA and the host name unless {@code no_verify=1}, and after the
 * handshake the one byte the server sends to say it accepted us (1) — libvirt's own confirmation step.
 */
final class RemoteTls {

    private final SSLContext context;
    private final boolean verify;
    /** Set when the peer's certificate was rejected, to report libvirt's text rather than the JDK's. */
    private final AtomicBoolean rejected = new AtomicBoolean();

    private RemoteTls(SSLContext context, boolean verify) {
        this.context = context;
        this.verify = verify;
    }

    /** virNetTLSContextNewClientPath: loads the files before any connection is made, as libvirt does. */
    static RemoteTls load(RemoteTlsSettings s) {
        byte[] ca = read("CA certificate", s.caCert(), false);
        byte[] cert = read("certificate", s.clientCert(), true);
        byte[] key = read("private key", s.clientKey(), true);
        try {
            List<X509Certificate> cas;
            try {
                cas = PemFiles.certificates(ca);
            } catch (CertificateException e) {
                throw RemoteFailures.systemText("Unable to import CA certificate list " + s.caCert());
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                trust.setCertificateEntry("ca" + i, cas.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(trust);
            KeyManagerFactory kmf = null;
            if (cert != null && key != null) {
                List<X509Certificate> chain;
                PrivateKey pk;
                try {
                    chain = PemFiles.certificates(cert);
                    pk = PemFiles.privateKey(key);
                } catch (GeneralSecurityException e) {
                    throw RemoteFailures.systemText("Unable to import client certificate " + s.clientCert());
                }
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("client", pk, new char[0], chain.toArray(new X509Certificate[0]));
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, new char[0]);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            RemoteTls tls = new RemoteTls(ctx, s.verify());
            X509ExtendedTrustManager base = (X509ExtendedTrustManager) tmf.getTrustManagers()[0];
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), new X509TrustManager[] {tls.checking(base)}, null);
            return tls;
        } catch (GeneralSecurityException | IOException e) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC, "Unable to initialize TLS: %s", e);
        }
    }

    /** Cannot read %s '%s': a missing client certificate or key is allowed, a missing CA is not. */
    private static byte[] read(String what, String path, boolean allowMissing) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (NoSuchFileException e) {
            if (allowMissing) {
                return null;
            }
            throw RemoteFailures.system("Cannot read " + what + " '" + path + "'", "No such file or directory");
        } catch (IOException e) {
            throw RemoteFailures.system("Cannot read " + what + " '" + path + "'", e);
        }
    }

    /** Runs the handshake on a connected socket and waits for the server's confirmation byte. */
    SSLSocket handshake(Socket plain, String host, int port) {
        SSLSocket s;
        try {
            s = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters p = s.getSSLParameters();
            if (verify) {
                p.setEndpointIdentificationAlgorithm("HTTPS");
            }
            s.setSSLParameters(p);
            s.startHandshake();
        } catch (IOException e) {
            RemoteChannels.closeQuietly(plain);
            if (rejected.get()) {
                throw VirtException.of(ErrorCode.AUTH_FAILED, ErrorDomain.RPC, "Failed to verify peer's certificate");
            }
            throw VirtException.of(ErrorCode.AUTH_FAILED, ErrorDomain.RPC, "TLS handshake failed %s", e.getMessage());
        }
        int confirm;
        try {
            confirm = s.getInputStream().read();
        } catch (IOException e) {
            RemoteChannels.closeQuietly(s);
            throw RemoteFailures.system("Unable to read TLS confirmation", e);
        }
        if (confirm != 1) {
            RemoteChannels.closeQuietly(s);
            throw RemoteFailures.rpc("server verification (of our certificate or IP address) failed");
        }
        return s;
    }

    /** The CA check (and host name check) of the JDK, remembered when it fails; nothing at all with no_verify. */
    private X509ExtendedTrustManager checking(X509ExtendedTrustManager base) {
        return new X509ExtendedTrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                    throws CertificateException {
                if (verify) {
                    check(() -> base.checkServerTrusted(chain, authType, socket));
                }
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                    throws CertificateException {
                if (verify) {
                    check(() -> base.checkServerTrusted(chain, authType, engine));
                }
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (verify) {
                    check(() -> base.checkServerTrusted(chain, authType));
                }
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                    throws CertificateException {
                throw new CertificateException("client side");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                    throws CertificateException {
                throw new CertificateException("client side");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("client side");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return base.getAcceptedIssuers();
            }
        };
    }

    private interface Check {
        void run() throws CertificateException;
    }

    private void check(Check c) throws CertificateException {
        try {
            c.run();
        } catch (CertificateException e) {
            rejected.set(true);
            throw e;
        }
    }
}
