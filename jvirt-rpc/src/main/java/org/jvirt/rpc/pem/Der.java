package org.jvirt.rpc.pem;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The little DER the PEM key formats need: wrapping a PKCS#1 or SEC1 key in a PKCS#8 envelope (what the JDK's
 * KeyFactory reads) and finding a SEC1 key's curve. Not a general ASN.1 library.
 */
final class Der {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;

    /** 1.2.840.113549.1.1.1 rsaEncryption. */
    static final byte[] RSA_ENCRYPTION = {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01};
    /** 1.2.840.10045.2.1 id-ecPublicKey. */
    static final byte[] EC_PUBLIC_KEY = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};

    private Der() {
    }

    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        byte[] content = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(n >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** PrivateKeyInfo { version 0, algorithm, OCTET STRING key }. */
    static byte[] pkcs8(byte[] algorithmIdentifier, byte[] key) {
        return tlv(SEQUENCE, new byte[] {INTEGER, 1, 0}, algorithmIdentifier, tlv(OCTET_STRING, key));
    }

    static byte[] rsaPkcs8(byte[] pkcs1) {
        return pkcs8(tlv(SEQUENCE, RSA_ENCRYPTION, new byte[] {NULL, 0}), pkcs1);
    }

    /** curveOid is the whole OID TLV (tag 06 included). */
    static byte[] ecPkcs8(byte[] sec1, byte[] curveOid) {
        return pkcs8(tlv(SEQUENCE, EC_PUBLIC_KEY, curveOid), sec1);
    }

    /** A parsed element: tag, and where its content sits in the buffer. */
    record Element(int tag, int start, int end, int next) {
    }

    static Element read(byte[] der, int pos) {
        if (pos + 2 > der.length) {
            throw new IllegalArgumentException("truncated DER");
        }
        int tag = der[pos] & 0xff;
        int len = der[pos + 1] & 0xff;
        int start = pos + 2;
        if (len >= 0x80) {
            int bytes = len & 0x7f;
            if (bytes == 0 || bytes > 4 || start + bytes > der.length) {
                throw new IllegalArgumentException("bad DER length");
            }
            len = 0;
            for (int i = 0; i < bytes; i++) {
                len = (len << 8) | (der[start + i] & 0xff);
            }
            start += bytes;
        }
        if (len < 0 || start + len > der.length) {
            throw new IllegalArgumentException("truncated DER");
        }
        return new Element(tag, start, start + len, start + len);
    }

    /**
     * The curve OID (as a TLV) in a SEC1 ECPrivateKey { version, privateKey, [0] parameters, [1] publicKey },
     * or null when the key leaves the parameters out.
     */
    static byte[] sec1Curve(byte[] sec1) {
        Element seq = read(sec1, 0);
        int pos = seq.start();
        while (pos < seq.end()) {
            Element e = read(sec1, pos);
            if (e.tag() == 0xa0) {
                Element oid = read(sec1, e.start());
                if (oid.tag() == OID) {
                    return Arrays.copyOfRange(sec1, e.start(), oid.end());
                }
            }
            pos = e.next();
        }
        return null;
    }
}
