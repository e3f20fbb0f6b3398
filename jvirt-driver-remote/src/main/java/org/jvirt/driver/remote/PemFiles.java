package org.jvirt.driver.remote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * The PEM files libvirt's PKI layout holds (as GnuTLS's certtool or openssl write them): certificates, and a
 * private key as PKCS#8, PKCS#1 RSA or SEC1 EC. The JDK reads PKCS#8 only, so the two older forms are wrapped
 * in a PKCS#8 envelope first.
 */
final class PemFiles {

    private static final byte[] RSA_ALGORITHM = der(0x30, concat(der(0x06, bytes(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d,
            0x01, 0x01, 0x01)), bytes(0x05, 0x00)));
    private static final byte[] EC_OID = der(0x06, bytes(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01));

    private PemFiles() {
    }

    static List<X509Certificate> certificates(byte[] pem) throws CertificateException {
        List<X509Certificate> certs = new ArrayList<>();
        for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))) {
            certs.add((X509Certificate) c);
        }
        if (certs.isEmpty()) {
            throw new CertificateException("no certificate");
        }
        return certs;
    }

    static PrivateKey privateKey(byte[] pem) throws GeneralSecurityException {
        String text = new String(pem, StandardCharsets.US_ASCII);
        for (String type : List.of("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY")) {
            byte[] body = block(text, type);
            if (body == null) {
                continue;
            }
            byte[] pkcs8 = switch (type) {
                case "RSA PRIVATE KEY" -> pkcs8(RSA_ALGORITHM, body);
                case "EC PRIVATE KEY" -> pkcs8(der(0x30, concat(EC_OID, curveOf(body))), body);
                default -> body;
            };
            for (String alg : List.of("RSA", "EC", "Ed25519", "Ed448")) {
                try {
                    return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                } catch (GeneralSecurityException e) {
                    // try the next algorithm
                }
            }
        }
        throw new GeneralSecurityException("no usable private key");
    }

    private static byte[] block(String text, String type) {
        String begin = "-----BEGIN " + type + "-----";
        int b = text.indexOf(begin);
        if (b < 0) {
            return null;
        }
        int e = text.indexOf("-----END " + type + "-----", b);
        if (e < 0) {
            return null;
        }
        return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
    }

    /** PrivateKeyInfo: version 0, the algorithm, the key as an OCTET STRING. */
    private static byte[] pkcs8(byte[] algorithm, byte[] key) {
        return der(0x30, concat(bytes(0x02, 0x01, 0x00), algorithm, der(0x04, key)));
    }

    /** The named-curve OID in a SEC1 ECPrivateKey's [0] parameters. */
    private static byte[] curveOf(byte[] sec1) throws GeneralSecurityException {
        int[] pos = {0};
        expect(sec1, pos, 0x30);
        length(sec1, pos);
        while (pos[0] < sec1.length) {
            int tag = sec1[pos[0]++] & 0xff;
            int len = length(sec1, pos);
            if (tag == 0xa0) {
                byte[] oid = new byte[len];
                System.arraycopy(sec1, pos[0], oid, 0, len);
                return oid;
            }
            pos[0] += len;
        }
        throw new GeneralSecurityException("EC key without a named curve");
    }

    private static void expect(byte[] b, int[] pos, int tag) throws GeneralSecurityException {
        if (pos[0] >= b.length || (b[pos[0]++] & 0xff) != tag) {
            throw new GeneralSecurityException("malformed key");
        }
    }

    private static int length(byte[] b, int[] pos) throws GeneralSecurityException {
        if (pos[0] >= b.length) {
            throw new GeneralSecurityException("malformed key");
        }
        int first = b[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int n = first & 0x7f;
        if (n > 3 || pos[0] + n > b.length) {
            throw new GeneralSecurityException("malformed key");
        }
        int len = 0;
        for (int i = 0; i < n; i++) {
            len = len << 8 | (b[pos[0]++] & 0xff);
        }
        return len;
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write(len >> 8);
            out.write(len);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
