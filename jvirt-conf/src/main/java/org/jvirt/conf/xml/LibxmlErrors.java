package org.jvirt.conf.xml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXParseException;

/**
 * Turns the JDK parser's well-formedness errors into the text libvirt prints for libxml2's:
 * {@code URL:LINE: MESSAGE\nCONTEXT-LINE\n-----^} (virXMLParseHelper's catchXMLError). The most common
 * errors are translated to libxml2's wording; others keep the JDK's message in the same layout.
 */
final class LibxmlErrors {

    private static final Pattern MISMATCH = Pattern.compile(
            "The element type \\\"([^\\\"]+)\\\" must be terminated by the matching end-tag \\\"</([^\\\"]+)>\\\"\\.");

    private static final Pattern START_TAG = Pattern.compile("([\\w.:-]+)(\\s.*|)", Pattern.DOTALL);
    private static final Pattern ATTRS = Pattern.compile(
            "(\\s+[\\w.:-]+\\s*=\\s*(\"[^\"]*\"|'[^']*'))*\\s*", Pattern.DOTALL);
    private static final Pattern BARE_ATTR = Pattern.compile(
            "(?:\\s+[\\w.:-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))*\\s+([\\w.:-]+)\\s*", Pattern.DOTALL);

    private LibxmlErrors() {
    }

    static String describe(String xml, String url, SAXParseException e) {
        if (xml.isBlank()) {
            return url + ":1: Document is empty\n(null)\n^";
        }
        int line = Math.max(1, e.getLineNumber());
        int col = Math.max(0, e.getColumnNumber() - 1);
        String msg = e.getMessage();
        String context = lineText(xml, line);
        Matcher m = MISMATCH.matcher(msg);
        if (m.matches()) {
            String open = m.group(1);
            int offset = offsetOf(xml, line, col);
            String found = endTagBefore(xml, offset);
            msg = "Opening and ending tag mismatch: " + open + " line " + openLine(xml, open, offset) + " and "
                    + (found == null ? open : found);
            // libxml2's cursor stands just past the offending end tag's '>'.
            int tag = xml.lastIndexOf("</", Math.max(0, offset - 1));
            int gt = tag < 0 ? -1 : xml.indexOf('>', tag);
            if (gt >= 0) {
                col = gt + 1 - offsetOf(xml, line, 0);
            }
        } else if (msg.startsWith("Content is not allowed in prolog")) {
            msg = "Start tag expected, '<' not found";
        } else if (msg.startsWith("The markup in the document following the root element must be well-formed")
                || msg.startsWith("Content is not allowed in trailing section")) {
            msg = "Extra content at the end of the document";
            col = extraContentStart(xml, line, col);
        } else if (msg.startsWith("XML document structures must start and end within the same entity")) {
            // inside an unfinished end tag libxml2 misses its '>'; anywhere else the open element's end
            String inStart = unfinishedStartTag(xml);
            msg = inStart != null ? inStart
                    : xml.lastIndexOf("</") > xml.lastIndexOf('>') ? "expected '>'"
                    : "Premature end of data in tag " + lastOpenName(xml) + " line 1";
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < Math.min(col, context.length()); i++) {
            pointer.append(context.charAt(i) == '\t' ? '\t' : '-');
        }
        pointer.append('^');
        // libvirt prints the context line with %s from a buffer that is NULL when empty (an error at the end)
        return url + ":" + line + ": " + msg + "\n" + (context.isEmpty() ? "(null)" : context) + "\n" + pointer;
    }

    /**
     * The document ends inside a start tag ({@code <name attr='v'} with no '>'): libxml2's message depends on what
     * the tag holds: nothing but its name, complete attributes, or an attribute name with no value. Null otherwise.
     */
    private static String unfinishedStartTag(String xml) {
        int lt = xml.lastIndexOf('<');
        if (lt < 0 || xml.indexOf('>', lt) >= 0 || lt + 1 >= xml.length() || "/!?".indexOf(xml.charAt(lt + 1)) >= 0) {
            return null;
        }
        Matcher m = START_TAG.matcher(xml.substring(lt + 1));
        if (!m.matches()) {
            return null;
        }
        if (m.group(2).isBlank()) {
            long line = xml.substring(0, lt).chars().filter(c -> c == '\n').count() + 1;
            return "Couldn't find end of Start Tag " + m.group(1) + " line " + line;
        }
        if (ATTRS.matcher(m.group(2)).matches()) {
            return "attributes construct error";
        }
        Matcher bare = BARE_ATTR.matcher(m.group(2));
        return bare.matches() ? "Specification mandates value for attribute " + bare.group(1) : null;
    }

    /**
     * libxml2 points at the first character of the trailing content (the '<' of {@code <foo/>}, the 't' of
     * text); the JDK reports a position inside it. Steps back over the non-blank run, not past the root's '>'.
     */
    private static int extraContentStart(String xml, int line, int col) {
        int lineStart = offsetOf(xml, line, 0);
        int pos = offsetOf(xml, line, col);
        while (pos > lineStart) {
            char c = xml.charAt(pos - 1);
            if (c == '>' || Character.isWhitespace(c)) {
                break;
            }
            pos--;
        }
        return pos - lineStart;
    }

    private static String lineText(String xml, int line) {
        int start = offsetOf(xml, line, 0);
        int end = start;
        while (end < xml.length() && xml.charAt(end) != '\n' && xml.charAt(end) != '\r') {
            end++;
        }
        return xml.substring(start, end);
    }

    private static int offsetOf(String xml, int line, int col) {
        int off = 0;
        for (int l = 1; l < line && off < xml.length(); off++) {
            if (xml.charAt(off) == '\n') {
                l++;
            }
        }
        return Math.min(xml.length(), off + col);
    }

    /** The name in the last end tag ({@code </name>}) that starts before offset. */
    private static String endTagBefore(String xml, int offset) {
        int i = xml.lastIndexOf("</", Math.max(0, offset - 1));
        if (i < 0) {
            return null;
        }
        int j = i + 2;
        while (j < xml.length() && !Character.isWhitespace(xml.charAt(j)) && xml.charAt(j) != '>') {
            j++;
        }
        return xml.substring(i + 2, j);
    }

    /** The line of the last start tag of this name before offset (libxml2 reports where it was opened). */
    private static int openLine(String xml, String name, int offset) {
        int i = offset;
        while ((i = xml.lastIndexOf("<" + name, i - 1)) >= 0) {
            int after = i + 1 + name.length();
            if (after < xml.length() && (xml.charAt(after) == '>' || xml.charAt(after) == '/'
                    || Character.isWhitespace(xml.charAt(after)))) {
                break;
            }
        }
        if (i < 0) {
            return 1;
        }
        int line = 1;
        for (int k = 0; k < i; k++) {
            if (xml.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String lastOpenName(String xml) {
        Matcher m = Pattern.compile("<([A-Za-z_][\\w.:-]*)").matcher(xml);
        String name = "";
        if (m.find()) {
            name = m.group(1);
        }
        return name;
    }
}
