package org.jvirt.driver.remote;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The URI the daemon is asked to open (remoteConnectFormatURI + virURIFormat): the driver part of the scheme,
 * always with an empty authority ("test:///default"), the path and fragment escaped as libxml2 escapes them,
 * and the passed-through parameters as libvirt writes them (name as is, value escaped as GLib's
 * g_string_append_uri_escaped does).
 */
final class RemoteUriFormat {

    private static final String LIBXML_MARK = "-_.!~*'()";
    private static final String PATH_EXTRA = "/;@&=+$,";
    private static final String RESERVED = ";/?:@&=+$,[]";

    private RemoteUriFormat() {
    }

    static String name(String driver, String path, List<RemoteUri.Param> params, String fragment) {
        StringBuilder b = new StringBuilder(driver).append("://");
        if (path != null) {
            escape(b, path, LIBXML_MARK + PATH_EXTRA);
        }
        if (!params.isEmpty()) {
            b.append('?');
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) {
                    b.append('&');
                }
                b.append(params.get(i).name()).append('=');
                escape(b, params.get(i).value(), "-._~");
            }
        }
        if (fragment != null) {
            b.append('#');
            escape(b, fragment, LIBXML_MARK + RESERVED);
        }
        return b.toString();
    }

    /** Percent-encodes every UTF-8 byte that is not alphanumeric ASCII or in {@code keep}, upper-case hex. */
    private static void escape(StringBuilder b, String s, String keep) {
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || keep.indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
    }
}
