package org.jvirt.conf.xml;

/**
 * Writes XML the way libvirt's virBuffer/virXMLFormatElement do: two-space indentation, single-quoted
 * attributes, the five XML entities escaped, empty elements as {@code <name/>}.
 */
public final class XmlWriter {

    private final StringBuilder out;
    private int indent;
    private boolean tagOpen;
    private boolean inlineText;

    public XmlWriter() {
        this(new StringBuilder(2048));
    }

    public XmlWriter(StringBuilder out) {
        this.out = out;
    }

    /** Starts {@code <name}; attributes may follow; ends with {@link #end(String)} or {@link #close()}. */
    public XmlWriter open(String name) {
        finishTag(true);
        pad();
        out.append('<').append(name);
        tagOpen = true;
        indent++;
        return this;
    }

    /** Adds an attribute to the element just opened; null values are skipped. */
    public XmlWriter attr(String name, Object value) {
        if (value != null) {
            out.append(' ').append(name).append("='");
            escape(String.valueOf(value));
            out.append('\'');
        }
        return this;
    }

    /**
     * Adds an attribute without escaping; null values are skipped. Only for values libvirt itself prints with a
     * plain %s (e.g. a network's {@code <domain name>}), where an '&amp;' in the input comes out bare.
     */
    public XmlWriter attrRaw(String name, Object value) {
        if (value != null) {
            out.append(' ').append(name).append("='").append(value).append('\'');
        }
        return this;
    }

    /** Closes the current element: {@code />} when it has no children, else {@code </name>}. */
    public XmlWriter end(String name) {
        indent--;
        if (inlineText) {
            out.append("</").append(name).append(">\n");
            inlineText = false;
        } else if (tagOpen) {
            out.append("/>\n");
            tagOpen = false;
        } else {
            pad();
            out.append("</").append(name).append(">\n");
        }
        return this;
    }

    /** {@code <name>text</name>} on one line; skipped when text is null. */
    public XmlWriter element(String name, Object text) {
        if (text != null) {
            finishTag(true);
            pad();
            out.append('<').append(name).append('>');
            escape(String.valueOf(text));
            out.append("</").append(name).append(">\n");
        }
        return this;
    }

    /**
     * Text content of the element just opened (after its attributes), kept on the same line:
     * {@code <memory unit='KiB'>1024</memory>}. The element must be closed next with {@link #end(String)}.
     */
    public XmlWriter text(String text) {
        finishTag(false);
        escape(text);
        inlineText = true;
        return this;
    }

    /**
     * Ends the start tag of the element just opened even if nothing follows, so it is written as a
     * start/end pair on two lines (libvirt prints an empty {@code <devices>} that way).
     */
    public XmlWriter body() {
        finishTag(true);
        return this;
    }

    /** Writes pre-formatted lines (e.g. preserved metadata) at the current indentation. */
    public XmlWriter raw(String lines) {
        finishTag(true);
        for (String line : lines.split("\n", -1)) {
            if (!line.isEmpty()) {
                pad();
                out.append(line).append('\n');
            }
        }
        return this;
    }

    public String toString() {
        return out.toString();
    }

    private void finishTag(boolean withNewline) {
        if (tagOpen) {
            out.append('>');
            if (withNewline) {
                out.append('\n');
            }
            tagOpen = false;
        }
    }

    private void pad() {
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&apos;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    /** The escaped form of a text, for callers that build strings themselves. */
    public static String escaped(String s) {
        XmlWriter w = new XmlWriter(new StringBuilder(s.length() + 16));
        w.escape(s);
        return w.out.toString();
    }
}
