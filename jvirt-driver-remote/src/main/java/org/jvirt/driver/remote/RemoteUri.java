package org.jvirt.driver.remote;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * A connection URI split as libvirt's virURIParse splits it (libxml2's parser): the scheme, the authority's
 * user, server and port, the unescaped path, the query as an ordered list of unescaped parameters (libvirt
 * keeps duplicates and order, which {@link org.jvirt.spi.ConnectUri}'s map cannot), and the fragment.
 * An empty server is no server, as in libvirt. A bracketed IPv6 server loses its brackets.
 *
 * @param port 0 when absent
 */
record RemoteUri(String scheme, String user, String server, int port, String path, List<Param> params,
                 String fragment) {

    /** One query parameter, unescaped; a name without '=' has the value "". */
    record Param(String name, String value) {
    }

    static RemoteUri parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw unparseable(text);
        }
        String scheme = text.substring(0, colon);
        String rest = text.substring(colon + 1);
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = unescape(rest.substring(hash + 1));
            rest = rest.substring(0, hash);
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String user = null;
        String server = null;
        int port = 0;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            rest = slash < 0 ? "" : rest.substring(slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                user = unescape(authority.substring(0, at));
                authority = authority.substring(at + 1);
            }
            String portText = null;
            if (authority.startsWith("[")) {
                int close = authority.indexOf(']');
                if (close < 0) {
                    throw unparseable(text);
                }
                server = authority.substring(1, close);
                String tail = authority.substring(close + 1);
                if (tail.startsWith(":")) {
                    portText = tail.substring(1);
                } else if (!tail.isEmpty()) {
                    throw unparseable(text);
                }
            } else {
                int pc = authority.lastIndexOf(':');
                server = unescape(pc < 0 ? authority : authority.substring(0, pc));
                portText = pc < 0 ? null : authority.substring(pc + 1);
            }
            if (portText != null && !portText.isEmpty()) {
                try {
                    port = Integer.parseInt(portText);
                } catch (NumberFormatException e) {
                    throw unparseable(text);
                }
                if (port < 0) {
                    throw unparseable(text);
                }
            }
            if (server.isEmpty()) {
                server = null;
            }
        }
        String path = rest.isEmpty() ? null : unescape(rest);
        return new RemoteUri(scheme, user, server, port, path, parseParams(query), fragment);
    }

    /** virURIParseParams: '&' or ';' separated; empty pieces and empty names are skipped; '+' stays '+'. */
    private static List<Param> parseParams(String query) {
        List<Param> params = new ArrayList<>();
        if (query == null) {
            return params;
        }
        for (String piece : query.split("[&;]")) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            String name = unescape(eq < 0 ? piece : piece.substring(0, eq));
            String value = eq < 0 ? "" : unescape(piece.substring(eq + 1));
            if (name.isEmpty()) {
                continue;
            }
            params.add(new Param(name, value));
        }
        return List.copyOf(params);
    }

    /** Percent-decoding as libxml2's xmlURIUnescapeString: bytes, then UTF-8; a stray '%' stays. */
    static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) << 4 | hex(in[i + 2]));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static VirtException unparseable(String text) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.URI, "Unable to parse URI %s", text);
    }
}
