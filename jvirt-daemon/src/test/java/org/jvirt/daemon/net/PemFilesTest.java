package org.jvirt.daemon.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys as openssl and GnuTLS's certtool write them load, and sign what their public halves verify. */
class PemFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needOpenssl() {
        Assumptions.assumeTrue(Pki.opensslAvailable(), "no openssl");
    }

    /** Proves {@code key} is the private half of the key in {@code file} (openssl prints the public half). */
    private void assertPairs(PrivateKey key, Path file) throws Exception {
        Pki.must(dir, "openssl", "pkey", "-in", file.toString(), "-pubout", "-out", "pub.pem");
        String pem = Files.readString(dir.resolve("pub.pem"), StandardCharsets.US_ASCII);
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        PublicKey pub = KeyFactory.getInstance(key.getAlgorithm()).generatePublic(new X509EncodedKeySpec(der));
        String alg = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm();
        };
        Signature s = Signature.getInstance(alg);
        s.initSign(key);
        s.update("jvirt".getBytes());
        byte[] sig = s.sign();
        Signature v = Signature.getInstance(alg);
        v.initVerify(pub);
        v.update("jvirt".getBytes());
        assertThat(v.verify(sig)).isTrue();
    }

    private PrivateKey load(String name, String... opensslArgs) throws Exception {
        Pki.must(dir, opensslArgs);
        Path p = dir.resolve(name);
        PrivateKey k = PemFiles.privateKey(p);
        assertPairs(k, p);
        return k;
    }

    @Test
    void rsaInPkcs1AndPkcs8() throws Exception {
        assertThat(load("rsa1.pem", "openssl", "genrsa", "-traditional", "-out", "rsa1.pem", "2048").getAlgorithm()).isEqualTo("RSA");
        assertThat(Files.readString(dir.resolve("rsa1.pem"))).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(load("rsa8.pem", "openssl", "genrsa", "-out", "rsa8.pem", "2048").getAlgorithm()).isEqualTo("RSA");
        assertThat(Files.readString(dir.resolve("rsa8.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void ecInSec1WithAndWithoutParametersBlockAndPkcs8() throws Exception {
        assertThat(load("ec1.pem", "openssl", "ecparam", "-name", "prime256v1", "-genkey", "-out", "ec1.pem").getAlgorithm()).isEqualTo("EC");
        assertThat(Files.readString(dir.resolve("ec1.pem"))).startsWith("-----BEGIN EC PARAMETERS-----");
        assertThat(load("ec2.pem", "openssl", "ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", "ec2.pem").getAlgorithm()).isEqualTo("EC");
        assertThat(load("ec8.pem", "openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec8.pem")
                .getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void ed25519() throws Exception {
        assertThat(load("ed.pem", "openssl", "genpkey", "-algorithm", "ed25519", "-out", "ed.pem").getAlgorithm()).isIn("Ed25519", "EdDSA");
    }

    @Test
    void certtoolKeysWithTheirTextPreamble() throws Exception {
        Assumptions.assumeTrue(Pki.run(dir, "certtool", "--version") == 0, "no certtool");
        assertThat(load("ct-rsa.pem", "certtool", "--generate-privkey", "--outfile", "ct-rsa.pem").getAlgorithm()).isEqualTo("RSA");
        assertThat(load("ct-ec.pem", "certtool", "--generate-privkey", "--ecc", "--outfile", "ct-ec.pem").getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void certificateChainsAndRefusals() throws Exception {
        Pki.create(dir);
        assertThat(PemFiles.certificates(dir.resolve("servercert.pem"))).hasSize(1);
        Path chain = dir.resolve("chain.pem");
        Files.writeString(chain, Files.readString(dir.resolve("servercert.pem")) + Files.readString(dir.resolve("cacert.pem")));
        assertThat(PemFiles.certificates(chain)).hasSize(2);
        assertThatThrownBy(() -> PemFiles.certificates(dir.resolve("serverkey.pem"))).hasMessageContaining("no certificate found");
        assertThatThrownBy(() -> PemFiles.privateKey(dir.resolve("cacert.pem"))).hasMessageContaining("no private key found");
        Pki.must(dir, "openssl", "genrsa", "-aes128", "-passout", "pass:x", "-traditional", "-out", "enc.pem", "2048");
        assertThatThrownBy(() -> PemFiles.privateKey(dir.resolve("enc.pem"))).hasMessageContaining("encrypted PEM keys are not supported");
        Pki.must(dir, "openssl", "genpkey", "-algorithm", "RSA", "-aes128", "-pass", "pass:x", "-out", "enc8.pem");
        assertThatThrownBy(() -> PemFiles.privateKey(dir.resolve("enc8.pem"))).hasMessageContaining("encrypted PEM keys are not supported");
        // the whole server context builds from libvirt's three files
        assertThat(TlsContexts.server(dir.resolve("cacert.pem"), dir.resolve("servercert.pem"), dir.resolve("serverkey.pem"))).isNotNull();
    }
}
