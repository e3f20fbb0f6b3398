package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Source-text helpers shared by {@link MetadataXml} and {@link MetadataElements}: scanning start tags for
 * their attribute names in document order (the JDK DOM sorts them, libxml2 keeps them as written) and
 * escaping text the way libxml2's node dump does.
 */
final class MetadataSource {

    private MetadataSource() {
    }

    /** Index of the '>' closing the start tag at lt, skipping quoted attribute values. */
    static int tagEnd(String src, int lt) {
        char quote = 0;
        for (int j = lt + 1; j < src.length(); j++) {
            char c = src.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return -1;
    }

    static List<String> attrNames(String src, int lt, int end) {
        List<String> names = new ArrayList<>();
        int j = lt + 1;
        while (j < end && !Character.isWhitespace(src.charAt(j)) && src.charAt(j) != '/') {
            j++;
        }
        while (j < end) {
            char c = src.charAt(j);
            if (Character.isWhitespace(c) || c == '/') {
                j++;
                continue;
            }
            int eq = src.indexOf('=', j);
            if (eq < 0 || eq > end) {
                break;
            }
            names.add(src.substring(j, eq).strip());
            int q = eq + 1;
            while (q < end && Character.isWhitespace(src.charAt(q))) {
                q++;
            }
            char quote = src.charAt(q);
            j = src.indexOf(quote, q + 1) + 1;
            if (j <= 0) {
                break;
            }
        }
        return names;
    }

    static void escape(StringBuilder sb, String s, boolean attr) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append(attr ? "&quot;" : "\"");
                case '\n' -> sb.append(attr ? "&#10;" : "\n");
                case '\t' -> sb.append(attr ? "&#9;" : "\t");
                default -> sb.append(c);
            }
        }
    }
}
