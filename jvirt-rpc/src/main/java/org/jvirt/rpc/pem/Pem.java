package org.jvirt.rpc.pem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The PEM files of libvirt's PKI layout, as openssl and GnuTLS's certtool write them, for both ends of a TLS
 * link: certificates (one or a chain), and a private key in PKCS#8 ("PRIVATE KEY"), PKCS#1 ("RSA PRIVATE KEY")
 * or SEC1 ("EC PRIVATE KEY", possibly after an "EC PARAMETERS" block); the JDK reads PKCS#8 only, so the older
 * two are wrapped first. Encrypted keys are refused, as libvirt refuses them. Failures carry a short reason;
 * each side words its own libvirt error around it.
 */
public final class Pem {

    /** The PKCS#8 algorithms tried for an unlabelled key, most common first. */
    private static final List<String> ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA");

    private Pem() {
    }

    /** One BEGIN/END block: its label and its decoded body. */
    public record Block(String label, byte[] der) {
    }

    /** Every block of the text in order; IllegalArgumentException for a block without END or an encrypted one. */
    public static List<Block> blocks(String text) {
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

    /** The certificates of the file in order; CertificateException "no certificate found" when there is none. */
    public static List<X509Certificate> certificates(byte[] pem) throws GeneralSecurityException {
        List<X509Certificate> out = new ArrayList<>();
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        try {
            for (Block b : blocks(text(pem))) {
                if (b.label().equals("CERTIFICATE") || b.label().equals("X509 CERTIFICATE")
                        || b.label().equals("TRUSTED CERTIFICATE")) {
                    out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(b.der())));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CertificateException(e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new CertificateException("no certificate found");
        }
        return out;
    }

    /** The file's first private key; GeneralSecurityException "no private key found" when there is none. */
    public static PrivateKey privateKey(byte[] pem) throws GeneralSecurityException {
        try {
            byte[] ecParams = null;
            for (Block b : blocks(text(pem))) {
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
                            throw new GeneralSecurityException("EC key without curve parameters");
                        }
                        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Der.ecPkcs8(b.der(), curve)));
                    }
                    case "ENCRYPTED PRIVATE KEY" -> throw new GeneralSecurityException("encrypted PEM keys are not supported");
                    default -> {
                        // certificates or other blocks in the same file are skipped
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
        throw new GeneralSecurityException("no private key found");
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

    private static String text(byte[] pem) {
        return new String(pem, StandardCharsets.US_ASCII);
    }
}
