package org.jvirt.daemon.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A throw-away PKI made with the real openssl, laid out as libvirt expects (pkipath: cacert.pem, client*.pem). */
public final class Pki {

    private Pki() {
    }

    public static boolean opensslAvailable() {
        try {
            return run(Path.of("/tmp"), "openssl", "version") == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static int run(Path dir, String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    static void must(Path dir, String... argv) throws IOException, InterruptedException {
        int rc = run(dir, argv);
        if (rc != 0) {
            throw new IOException(String.join(" ", argv) + " failed: " + rc);
        }
    }

    /**
     * Creates in {@code dir}: cacert.pem (+ ca key), servercert.pem + serverkey.pem (an EC key in SEC1 form
     * with its EC PARAMETERS block, for localhost and 127.0.0.1), clientcert.pem + clientkey.pem (an RSA key
     * in PKCS#1 form).
     */
    public static void create(Path dir) throws IOException, InterruptedException {
        must(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "cakey.pem", "-out", "cacert.pem",
                "-days", "2", "-subj", "/CN=jvirt test CA", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        must(dir, "openssl", "ecparam", "-name", "prime256v1", "-genkey", "-out", "serverkey.pem");
        sign(dir, "server", "/CN=localhost", List.of("subjectAltName=DNS:localhost,IP:127.0.0.1",
                "keyUsage=critical,digitalSignature,keyEncipherment", "extendedKeyUsage=serverAuth",
                "basicConstraints=critical,CA:FALSE"));
        must(dir, "openssl", "genrsa", "-traditional", "-out", "clientkey.pem", "2048");
        sign(dir, "client", "/CN=jvirt test client", List.of("keyUsage=critical,digitalSignature,keyEncipherment",
                "extendedKeyUsage=clientAuth", "basicConstraints=critical,CA:FALSE"));
    }

    private static void sign(Path dir, String who, String subject, List<String> extensions) throws IOException, InterruptedException {
        must(dir, "openssl", "req", "-new", "-key", who + "key.pem", "-out", who + ".csr", "-subj", subject);
        Files.writeString(dir.resolve(who + ".ext"), String.join("\n", extensions) + "\n");
        List<String> argv = new ArrayList<>(List.of("openssl", "x509", "-req", "-in", who + ".csr", "-CA", "cacert.pem",
                "-CAkey", "cakey.pem", "-CAcreateserial", "-out", who + "cert.pem", "-days", "2", "-extfile", who + ".ext"));
        must(dir, argv.toArray(String[]::new));
    }
}
