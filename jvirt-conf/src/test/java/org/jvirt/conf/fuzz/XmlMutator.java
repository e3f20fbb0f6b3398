package org.jvirt.conf.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Turns a seed document into a damaged one: truncation, deleted / duplicated / swapped ranges, inserted XML
 * tokens and hostile values, nesting, byte flips. Deterministic for a given {@link Random} so that jqwik's
 * shrinking and reported seeds reproduce the input. Public for the fuzz tests of other modules (jvirt-driver-test's
 * node files), which bring their own vocabulary of tokens; they take it from this module's test jar.
 */
public final class XmlMutator {

    /** Fragments that stress a parser: markup, entities, numbers at the edges, odd Unicode. */
    static final List<String> TOKENS = List.of(
            "<", ">", "/>", "</", "'", "\"", "=", "&", "&amp;", "&lt;", "&#0;", "&#x110000;", "&#65;", "&bogus;",
            "<![CDATA[x]]>", "]]>", "<!-- c -->", "<?pi x?>", "<!DOCTYPE d [<!ENTITY e \"eeeeeeee\">]>", "&e;",
            "xmlns:q='urn:q'", "q:x='1'", " type='", " unit='", "-1", "0", "-0", "1e9", "0x10", "18446744073709551616",
            "9223372036854775808", "4294967296", "2147483648", "-2147483649", "NaN", "", " ", "\t", "\n", "\r\n",
            "\u0000", "\u0001", "\uFEFF", "\uD800", "é", "名前", "..", "/", "\\", "%s", "%n", "${x}",
            "<name>x</name>", "<uuid>00000000-0000-0000-0000-000000000000</uuid>", "<memory>1</memory>",
            "<os><type>hvm</type></os>", "<devices/>", "<disk type='file'/>", "<interface type='user'/>",
            "<ip address='10.0.0.1' prefix='33'/>", "<forward mode='bogus'/>", "<range start='1' end='0'/>",
            "<host mac='zz:zz' ip='999.1.1.1'/>", "<bridge name=''/>", "<mac address='ff:ff:ff:ff:ff:ff'/>");

    /** Every {@code *.xml} under the test-resource folder (for example domainxml2xml), sorted; empty if absent. */
    static List<String> seeds(String folder) {
        URL url = XmlMutator.class.getResource("/" + folder);
        if (url == null || !"file".equals(url.getProtocol())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlMutator() {
    }

    /** Applies 1..4 random mutations to the seed, inserting {@link #TOKENS}. */
    static String mutate(String seed, Random r) {
        return mutate(seed, r, TOKENS);
    }

    /** Applies 1..4 random mutations to the seed, inserting the given tokens. */
    public static String mutate(String seed, Random r, List<String> tokens) {
        StringBuilder s = new StringBuilder(seed);
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            mutateOnce(s, r, tokens);
        }
        return s.toString();
    }

    private static void mutateOnce(StringBuilder s, Random r, List<String> tokens) {
        int len = s.length();
        int a = len == 0 ? 0 : r.nextInt(len + 1);
        int b = Math.min(len, a + r.nextInt(64));
        switch (r.nextInt(11)) {
            case 0 -> s.setLength(a); // truncate
            case 1 -> s.delete(a, b);
            case 2 -> s.insert(a, s.substring(a, b)); // duplicate a range
            case 3 -> s.insert(a, tokens.get(r.nextInt(tokens.size())));
            case 4 -> s.replace(a, b, tokens.get(r.nextInt(tokens.size())));
            case 5 -> replaceValue(s, r, tokens); // an attribute value or text node becomes hostile
            case 6 -> { // flip a character
                if (a < len) {
                    s.setCharAt(a, (char) (s.charAt(a) ^ (1 << r.nextInt(7))));
                }
            }
            case 7 -> { // swap two ranges
                int c = len == 0 ? 0 : r.nextInt(len + 1);
                int d = Math.min(len, c + r.nextInt(64));
                if (b <= c) {
                    String first = s.substring(a, b);
                    String second = s.substring(c, d);
                    s.replace(c, d, first);
                    s.replace(a, b, second);
                }
            }
            case 8 -> { // duplicate a whole element line (repeated elements: two <name>, two <memory>...)
                int start = s.lastIndexOf("\n", a);
                int end = s.indexOf("\n", a);
                if (start >= 0 && end > start) {
                    s.insert(end, s.substring(start, end));
                }
            }
            case 9 -> { // nesting, up to beyond libxml2's default depth limit (256)
                int depth = 1 + r.nextInt(r.nextBoolean() ? 8 : 320);
                int at = s.indexOf(">", a);
                if (at >= 0) {
                    s.insert(at + 1, "<x>".repeat(depth) + "</x>".repeat(depth));
                }
            }
            default -> { // remove an attribute or a whole element
                int lt = s.indexOf("<", a);
                int gt = lt < 0 ? -1 : s.indexOf(">", lt);
                if (gt > lt) {
                    s.delete(lt, gt + 1);
                }
            }
        }
    }

    private static void replaceValue(StringBuilder s, Random r, List<String> tokens) {
        int from = s.length() == 0 ? 0 : r.nextInt(s.length());
        int q = s.indexOf("'", from);
        if (q >= 0) {
            int end = s.indexOf("'", q + 1);
            if (end > q) {
                s.replace(q + 1, end, hostile(r, tokens));
                return;
            }
        }
        int gt = s.indexOf(">", from);
        int lt = gt < 0 ? -1 : s.indexOf("<", gt);
        if (lt > gt + 1) {
            s.replace(gt + 1, lt, hostile(r, tokens));
        }
    }

    private static String hostile(Random r, List<String> tokens) {
        return switch (r.nextInt(6)) {
            case 0 -> tokens.get(r.nextInt(tokens.size())).replace("'", "&apos;").replace("<", "&lt;");
            case 1 -> Long.toString(r.nextLong());
            case 2 -> Integer.toString(r.nextInt(10) - 2);
            case 3 -> "9".repeat(1 + r.nextInt(40));
            case 4 -> "a".repeat(r.nextInt(3) == 0 ? 5000 : 1 + r.nextInt(300));
            default -> "";
        };
    }
}
