package org.jvirt.conf.network;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.jvirt.conf.xml.VirNumbers;

/**
 * Numeric IP addresses the way libvirt's virSocketAddrParse/Format see them: getaddrinfo(AI_NUMERICHOST)
 * accepts inet_aton's short IPv4 forms ("1.2.3" is 1.2.0.3, octal and hex parts) and any IPv6 literal;
 * output is inet_ntop's canonical text. Never touches DNS.
 */
final class NetAddr {

    private NetAddr() {
    }

    /** The canonical text of a numeric address, or null when it is not one. */
    static String canonical(String text) {
        byte[] b = parse(text);
        return b == null ? null : format(b);
    }

    static byte[] parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.indexOf(':') >= 0) {
            return parse6(text);
        }
        return parse4(text);
    }

    /** Bytes of an address this class produced (or any valid literal); throws for invalid text. */
    static byte[] bytes(String text) {
        byte[] b = parse(text);
        if (b == null) {
            throw new IllegalArgumentException("not a numeric address: " + text);
        }
        return b;
    }

    private static byte[] parse4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long n = atonPart(parts[i]);
            if (n == null) {
                return null;
            }
            v[i] = n;
        }
        long addr;
        int n = parts.length;
        // inet_aton: the last part fills all remaining bytes.
        long lastMax = (1L << (8 * (5 - n))) - 1;
        if (v[n - 1] > lastMax) {
            return null;
        }
        addr = v[n - 1];
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 255) {
                return null;
            }
            addr |= v[i] << (8 * (3 - i));
        }
        return new byte[] {(byte) (addr >>> 24), (byte) (addr >>> 16), (byte) (addr >>> 8), (byte) addr};
    }

    private static Long atonPart(String p) {
        if (p.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = p;
        if (p.startsWith("0x") || p.startsWith("0X")) {
            radix = 16;
            digits = p.substring(2);
            if (digits.isEmpty()) {
                return 0L;
            }
        } else if (p.length() > 1 && p.charAt(0) == '0') {
            radix = 8;
            digits = p.substring(1);
        }
        if (digits.length() > 10) {
            return null;
        }
        for (char c : digits.toCharArray()) {
            if (Character.digit(c, radix) < 0) {
                return null;
            }
        }
        return Long.parseLong(digits, radix);
    }

    private static byte[] parse6(String text) {
        // Only literal characters, so InetAddress never resolves a name.
        if (!text.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            InetAddress a = InetAddress.getByName(text);
            if (a instanceof Inet6Address) {
                return a.getAddress();
            }
            byte[] v4 = a.getAddress(); // ::ffff:a.b.c.d comes back as IPv4; keep it IPv6
            byte[] b = new byte[16];
            b[10] = (byte) 0xff;
            b[11] = (byte) 0xff;
            System.arraycopy(v4, 0, b, 12, 4);
            return b;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    static String format(byte[] b) {
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // inet_ntop: the longest run (>= 2) of zero groups becomes "::", the first one on ties.
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (g[i] == 0) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    static boolean isIpv4(String text) {
        return text != null && text.indexOf(':') < 0;
    }

    /** Number of leading one bits of a netmask; -1 when it is not contiguous. */
    static int maskBits(byte[] mask) {
        BigInteger v = new BigInteger(1, mask);
        int total = mask.length * 8;
        int ones = 0;
        while (ones < total && v.testBit(total - 1 - ones)) {
            ones++;
        }
        for (int i = ones; i < total; i++) {
            if (v.testBit(total - 1 - i)) {
                return -1;
            }
        }
        return ones;
    }

    static BigInteger value(String text) {
        return new BigInteger(1, bytes(text));
    }

    /** Whether addr lies in network/prefix. */
    static boolean inNetwork(String addr, String network, int prefix) {
        byte[] a = bytes(addr);
        byte[] n = bytes(network);
        if (a.length != n.length) {
            return false;
        }
        int total = a.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(total).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(total - prefix).subtract(BigInteger.ONE));
        return new BigInteger(1, a).and(mask).equals(new BigInteger(1, n).and(mask));
    }

    /**
     * virSocketAddrMaskByPrefix: the address with all but the first prefix bits cleared, or null when the prefix
     * does not fit the family (libvirt then has no valid result).
     */
    static byte[] maskByPrefix(byte[] addr, int prefix) {
        if (prefix < 0 || prefix > addr.length * 8) {
            return null;
        }
        byte[] out = addr.clone();
        for (int bit = prefix; bit < out.length * 8; bit++) {
            out[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return out;
    }

    /** virSocketAddrMask: addr AND mask, byte by byte (any mask, contiguous or not); null on family mismatch. */
    static byte[] maskWith(byte[] addr, byte[] mask) {
        if (addr.length != mask.length) {
            return null;
        }
        byte[] out = new byte[addr.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (addr[i] & mask[i]);
        }
        return out;
    }

    /** The broadcast address of addr/prefix: the host bits all set. */
    static byte[] broadcast(byte[] addr, int prefix) {
        byte[] out = addr.clone();
        for (int bit = prefix; bit < out.length * 8; bit++) {
            out[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return out;
    }

    /**
     * The six bytes of a MAC as virMacAddrParse reads it: one or two hex digits per byte separated by ':', and
     * after the last byte the end of the text or any character up to ' ' (so a trailing blank is accepted);
     * null when it is not one.
     */
    static byte[] mac(String text) {
        if (text == null) {
            return null;
        }
        byte[] b = new byte[6];
        int i = 0;
        for (int n = 0; n < 6; n++) {
            int start = i;
            while (i < text.length() && i - start < 3 && VirNumbers.hexDigit(text.charAt(i)) >= 0) {
                i++;
            }
            int len = i - start;
            if (len < 1 || len > 2) {
                return null;
            }
            b[n] = (byte) Integer.parseInt(text.substring(start, i), 16);
            if (n == 5) {
                return i == text.length() || text.charAt(i) <= ' ' ? b : null;
            }
            if (i >= text.length() || text.charAt(i) != ':') {
                return null;
            }
            i++;
        }
        return null;
    }

    static String formatMac(byte[] b) {
        return HexFormat.ofDelimiter(":").formatHex(b);
    }
}
