package org.jvirt.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * A connection URI split the way libvirt splits it: {@code driver[+transport]://[user@][host][:port]/path?params}.
 * {@code port} is 0 when absent; {@code host} and {@code user} are null when absent.
 */
public record ConnectUri(String text, String driver, String transport, String user, String host, int port,
                         String path, Map<String, String> params) {

    public static ConnectUri parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.URI,
                    "Unable to parse URI %s", text);
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            // libvirt accepts a bare alias or name only through its alias table; treat it as unparseable here
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.URI, "Unable to parse URI %s", text);
        }
        int plus = scheme.indexOf('+');
        String driver = plus < 0 ? scheme : scheme.substring(0, plus);
        String transport = plus < 0 ? null : scheme.substring(plus + 1);
        Map<String, String> params = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String kv : query.split("[&;]")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                String k = eq < 0 ? kv : kv.substring(0, eq);
                String v = eq < 0 ? "" : kv.substring(eq + 1);
                params.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        }
        return new ConnectUri(text, driver, transport, uri.getUserInfo(), uri.getHost(),
                Math.max(uri.getPort(), 0), uri.getPath() == null ? "" : uri.getPath(),
                Collections.unmodifiableMap(params));
    }

    /** True when the URI names no remote host and no transport: a driver in this process may serve it. */
    public boolean isLocal() {
        return (host == null || host.isEmpty()) && transport == null;
    }
}
