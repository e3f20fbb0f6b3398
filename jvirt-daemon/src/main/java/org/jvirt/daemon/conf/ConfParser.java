package org.jvirt.daemon.conf;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of libvirtd.conf (libvirt's virconf.c): statements {@code name = value} separated by newlines or
 * {@code ;}, {@code #} comments (whole lines or after a value), values that are "double" or 'single' quoted
 * strings on one line, """triple-quoted""" strings over several lines, integers with an optional sign, and
 * lists {@code [ v, v, ]} that may span lines. Errors carry libvirt's wording and the line:
 * "configuration file syntax error: FILE:LINE: expecting a value".
 */
final class ConfParser {

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private final List<ConfFile.Entry> entries = new ArrayList<>();

    private ConfParser(String file, String text) {
        this.file = file;
        this.text = text;
    }

    static ConfFile parse(String file, String text) throws ConfigException {
        ConfParser p = new ConfParser(file, text);
        while (!p.atEnd()) {
            p.statement();
            p.separator();
        }
        return new ConfFile(file, p.entries);
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char cur() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean eol(char c) {
        return c == '\n' || c == '\r';
    }

    private void skipBlanks() {
        while (!atEnd() && blank(cur())) {
            pos++;
        }
    }

    private void skipBlanksAndEol() {
        while (!atEnd() && (blank(cur()) || eol(cur()))) {
            if (cur() == '\n') {
                line++;
            }
            pos++;
        }
    }

    private ConfigException error(String what) {
        return new ConfigException("configuration file syntax error: " + file + ":" + line + ": " + what);
    }

    private void statement() throws ConfigException {
        skipBlanksAndEol();
        if (atEnd()) {
            return;
        }
        if (cur() == '#') {
            skipToEol();
            return;
        }
        String name = name();
        skipBlanks();
        if (cur() != '=') {
            throw error("expecting an assignment");
        }
        pos++;
        skipBlanks();
        ConfValue value = value();
        skipBlanks();
        if (cur() == '#') {
            skipToEol();
        }
        entries.add(new ConfFile.Entry(name, value, line));
    }

    private void skipToEol() {
        while (!atEnd() && !eol(cur())) {
            pos++;
        }
    }

    private String name() throws ConfigException {
        skipBlanks();
        int start = pos;
        if (!isAsciiAlpha(cur())) {
            throw error("expecting a name");
        }
        while (!atEnd() && (isAsciiAlpha(cur()) || isAsciiDigit(cur()) || cur() == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isAsciiAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private ConfValue value() throws ConfigException {
        skipBlanks();
        if (atEnd()) {
            throw error("expecting a value");
        }
        char c = cur();
        if (c == '"' || c == '\'') {
            return new ConfValue.Str(string());
        }
        if (c == '[') {
            return list();
        }
        if (isAsciiDigit(c) || c == '-' || c == '+') {
            return number();
        }
        throw error("expecting a value");
    }

    private String string() throws ConfigException {
        if (text.startsWith("\"\"\"", pos) && pos + 6 < text.length()) {
            pos += 3;
            int start = pos;
            int end = text.indexOf("\"\"\"", pos);
            if (end < 0) {
                line += count(text, pos, text.length());
                pos = text.length();
                throw error("unterminated string");
            }
            line += count(text, start, end);
            pos = end + 3;
            return text.substring(start, end);
        }
        char quote = cur();
        pos++;
        int start = pos;
        while (!atEnd() && cur() != quote && !eol(cur())) {
            pos++;
        }
        if (cur() != quote) {
            throw error("unterminated string");
        }
        String s = text.substring(start, pos);
        pos++;
        return s;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private ConfValue number() throws ConfigException {
        boolean negative = false;
        if (cur() == '-') {
            negative = true;
            pos++;
        } else if (cur() == '+') {
            pos++;
        }
        int start = pos;
        while (!atEnd() && isAsciiDigit(cur())) {
            pos++;
        }
        if (start == pos) {
            throw error("unterminated number");
        }
        String digits = text.substring(start, pos);
        long v;
        try {
            v = negative ? Long.parseLong("-" + digits) : Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            // libvirt's C parser silently wraps; refusing is kinder than a surprising value
            throw error("number out of range");
        }
        return new ConfValue.Num(v, negative);
    }

    private ConfValue list() throws ConfigException {
        pos++;
        List<ConfValue> items = new ArrayList<>();
        skipBlanksAndEol();
        if (!atEnd() && cur() != ']') {
            items.add(value());
            skipBlanksAndEol();
        }
        while (!atEnd() && cur() != ']') {
            if (cur() != ',') {
                throw error("expecting a separator in list");
            }
            pos++;
            skipBlanksAndEol();
            if (cur() == ']') {
                break;
            }
            items.add(value());
            skipBlanksAndEol();
        }
        if (cur() != ']') {
            throw error("list is not closed with ]");
        }
        pos++;
        return new ConfValue.ListValue(items);
    }

    private void separator() throws ConfigException {
        skipBlanks();
        if (atEnd()) {
            return;
        }
        if (eol(cur())) {
            skipBlanksAndEol();
        } else if (cur() == ';') {
            pos++;
            skipBlanksAndEol();
        } else {
            throw error("expecting a separator");
        }
    }
}
