package org.jvirt.daemon.net;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * PEM files as openssl and GnuTLS's certtool write them: certificates (one or a chain), and private keys in
 * PKCS#8 ("PRIVATE KEY"), PKCS#1 ("RSA PRIVATE KEY") or SEC1 ("EC PRIVATE KEY", possibly after an
 * "EC PARAMETERS" block). Encrypted keys are refused, as libvirt refuses them.
 */
public final class PemFiles {

    /** The PKCS#8 algorithms tried for an unlabelled key, most common first. */
    private static final List<String> ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA");

    private PemFiles() {
    }

    record Block(String label, byte[] der) {
    }

    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int begin = text.indexOf("-----BEGIN ", pos);
            if (begin < 0) {
                return out;
            }
            int labelEnd = text.indexOf("-----", begin + 11);
            if (labelEnd < 0) {
                return out;
            }
            String label = text.substring(begin + 11, labelEnd);
            String endMarker = "-----END " + label + "-----";
            int end = text.indexOf(endMarker, labelEnd);
            if (end < 0) {
                throw new IllegalArgumentException("PEM block '" + label + "' has no END line");
            }
            String body = text.substring(labelEnd + 5, end);
            if (body.contains("Proc-Type:") || body.contains("DEK-Info:")) {
                throw new IllegalArgumentException("encrypted PEM keys are not supported");
            }
            out.add(new Block(label, Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""))));
            pos = end + endMarker.length();
        }
    }

    public static List<X509Certificate> certificates(Path file) throws IOException {
        List<X509Certificate> out = new ArrayList<>();
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Block b : blocks(read(file))) {
                if (b.label().equals("CERTIFICATE") || b.label().equals("X509 CERTIFICATE") || b.label().equals("TRUSTED CERTIFICATE")) {
                    out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(b.der())));
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("Unable to read certificates from '" + file + "': " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IOException("Unable to read certificates from '" + file + "': no certificate found");
        }
        return out;
    }

    public static PrivateKey privateKey(Path file) throws IOException {
        try {
            byte[] ecParams = null;
            for (Block b : blocks(read(file))) {
                switch (b.label()) {
                    case "EC PARAMETERS" -> ecParams = b.der();
                    case "PRIVATE KEY" -> {
                        return pkcs8(b.der());
                    }
                    case "RSA PRIVATE KEY" -> {
                        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Der.rsaPkcs8(b.der())));
                    }
                    case "EC PRIVATE KEY" -> {
                        byte[] curve = Der.sec1Curve(b.der());
                        if (curve == null) {
                            curve = ecParams;
                        }
                        if (curve == null) {
                            throw new IllegalArgumentException("EC key without curve parameters");
                        }
                        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Der.ecPkcs8(b.der(), curve)));
                    }
                    case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException("encrypted PEM keys are not supported");
                    default -> {
                        // certificates or other blocks in the same file are skipped
                    }
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("Unable to read private key from '" + file + "': " + e.getMessage(), e);
        }
        throw new IOException("Unable to read private key from '" + file + "': no private key found");
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String alg : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII);
    }
}
