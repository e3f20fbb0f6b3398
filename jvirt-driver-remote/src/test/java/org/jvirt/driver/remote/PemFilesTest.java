package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private keys in every PEM form libvirt's PKI files come in, written by openssl, read by the JDK. */
class PemFilesTest {

    @TempDir
    Path dir;

    private byte[] openssl(String out, String... args) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl not installed");
        List<String> argv = new java.util.ArrayList<>(List.of("/usr/bin/openssl"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(log).isZero();
        return Files.readAllBytes(dir.resolve(out));
    }

    /** A key that signs is a key that was read whole. */
    private static void signs(PrivateKey key, String algorithm) throws Exception {
        Signature s = Signature.getInstance(algorithm);
        s.initSign(key);
        s.update(new byte[] {1, 2, 3});
        assertThat(s.sign()).isNotEmpty();
    }

    @Test
    void rsaAsPkcs8AndAsPkcs1() throws Exception {
        byte[] pkcs8 = openssl("k8.pem", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "k8.pem");
        assertThat(new String(pkcs8)).contains("BEGIN PRIVATE KEY");
        signs(PemFiles.privateKey(pkcs8), "SHA256withRSA");
        byte[] pkcs1 = openssl("k1.pem", "rsa", "-in", "k8.pem", "-traditional", "-out", "k1.pem");
        assertThat(new String(pkcs1)).contains("BEGIN RSA PRIVATE KEY");
        PrivateKey k = PemFiles.privateKey(pkcs1);
        assertThat(k.getAlgorithm()).isEqualTo("RSA");
        assertThat(k.getEncoded()).isEqualTo(PemFiles.privateKey(pkcs8).getEncoded());
    }

    @Test
    void ecAsSec1AndAsPkcs8() throws Exception {
        byte[] sec1 = openssl("ec.pem", "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ec.pem");
        assertThat(new String(sec1)).contains("BEGIN EC PRIVATE KEY");
        PrivateKey k = PemFiles.privateKey(sec1);
        assertThat(k.getAlgorithm()).isEqualTo("EC");
        signs(k, "SHA256withECDSA");
        byte[] pkcs8 = openssl("ec8.pem", "pkcs8", "-topk8", "-nocrypt", "-in", "ec.pem", "-out", "ec8.pem");
        signs(PemFiles.privateKey(pkcs8), "SHA256withECDSA");
    }

    @Test
    void ed25519() throws Exception {
        byte[] pem = openssl("ed.pem", "genpkey", "-algorithm", "ed25519", "-out", "ed.pem");
        signs(PemFiles.privateKey(pem), "Ed25519");
    }

    @Test
    void certificatesOneOrMany() throws Exception {
        openssl("a.pem", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ak.pem", "-out", "a.pem",
                "-days", "1", "-subj", "/CN=a");
        openssl("b.pem", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "bk.pem", "-out", "b.pem",
                "-days", "1", "-subj", "/CN=b");
        byte[] both = (Files.readString(dir.resolve("a.pem")) + Files.readString(dir.resolve("b.pem"))).getBytes();
        assertThat(PemFiles.certificates(both)).extracting(c -> c.getSubjectX500Principal().getName())
                .containsExactly("CN=a", "CN=b");
    }
}
