package org.jvirt.driver.test;

import java.util.List;
import java.util.Random;

/**
 * Damages a test-driver node file: truncation, deleted / duplicated / swapped ranges, inserted XML and node-file
 * tokens (test:runstate values, file= references, cpu and memory values), hostile values, deep nesting, flipped
 * characters. Deterministic for a given {@link Random}, so a reported seed reproduces its inputs. (The domain
 * XML mutator of jvirt-conf's fuzz test lives in that module's test sources; this one adds the node file's own
 * vocabulary.)
 */
final class NodeFileMutator {

    static final List<String> TOKENS = List.of(
            "<", ">", "/>", "</", "'", "\"", "=", "&", "&amp;", "&#0;", "&#x110000;", "&bogus;", "<![CDATA[x]]>",
            "<!-- c -->", "<?pi x?>", "<!DOCTYPE d [<!ENTITY e \"eeeeeeee\">]>", "&e;", "", " ", "\n", "\u0000",
            "\uFEFF", "\uD800", "名前", "-1", "0", "1e9", "0x10", "18446744073709551616", "9223372036854775808",
            "4294967296", "2147483648", "-2147483649",
            // the node file's own vocabulary
            "<node>", "</node>", "<cpu>", "</cpu>", "<memory>", "</memory>", "<nodes>0</nodes>", "<nodes>-1</nodes>",
            "<sockets>1000000</sockets>", "<cores>0</cores>", "<threads>2147483647</threads>", "<active>0</active>",
            "<mhz>x</mhz>", "<model></model>", "<memory>-5</memory>", "<memory>99999999999999999999</memory>",
            "<test:runstate>0</test:runstate>", "<test:runstate>5</test:runstate>", "<test:runstate>9</test:runstate>",
            "<test:runstate>-1</test:runstate>", "<test:runstate>x</test:runstate>", "<test:transient/>",
            "<test:hasmanagedsave/>", "<test:bogus/>", "xmlns:test='http://libvirt.org/schemas/domain/test/1.0'",
            "<domain file='dom.xml'/>", "<domain file='missing.xml'/>", "<domain file='/'/>", "<domain file=''/>",
            "<network file='net.xml'/>", "<network file='node.xml'/>", "<domain file='../'/>",
            "<domain type='test'><name>d</name><memory>1</memory><os><type>hvm</type></os></domain>",
            "<network><name>n</name></network>", "<network><name>default</name></network>",
            "<domain type='test'><name>test</name><memory>1</memory><os><type>hvm</type></os></domain>",
            "<name>x</name>", "<uuid>00000000-0000-0000-0000-000000000000</uuid>", "<forward mode='bogus'/>",
            "<ip address='10.0.0.1' prefix='33'/>", "<bridge name=''/>", "<devices/>", "<interface type='user'/>");

    private NodeFileMutator() {
    }

    /** Applies 1..4 random mutations to the seed. */
    static String mutate(String seed, Random r) {
        StringBuilder s = new StringBuilder(seed);
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            mutateOnce(s, r);
        }
        return s.toString();
    }

    private static void mutateOnce(StringBuilder s, Random r) {
        int len = s.length();
        int a = len == 0 ? 0 : r.nextInt(len + 1);
        int b = Math.min(len, a + r.nextInt(64));
        switch (r.nextInt(10)) {
            case 0 -> s.setLength(a);
            case 1 -> s.delete(a, b);
            case 2 -> s.insert(a, s.substring(a, b));
            case 3 -> s.insert(a, token(r));
            case 4 -> s.replace(a, b, token(r));
            case 5 -> replaceValue(s, r);
            case 6 -> {
                if (a < len) {
                    s.setCharAt(a, (char) (s.charAt(a) ^ (1 << r.nextInt(7))));
                }
            }
            case 7 -> { // duplicate a whole line: two <cpu>, two domains with one name, two networks...
                int start = s.lastIndexOf("\n", a);
                int end = s.indexOf("\n", a);
                if (start >= 0 && end > start) {
                    s.insert(end, s.substring(start, end));
                }
            }
            case 8 -> { // nesting
                int depth = 1 + r.nextInt(r.nextBoolean() ? 8 : 320);
                int at = s.indexOf(">", a);
                if (at >= 0) {
                    s.insert(at + 1, "<x>".repeat(depth) + "</x>".repeat(depth));
                }
            }
            default -> { // remove a tag
                int lt = s.indexOf("<", a);
                int gt = lt < 0 ? -1 : s.indexOf(">", lt);
                if (gt > lt) {
                    s.delete(lt, gt + 1);
                }
            }
        }
    }

    private static String token(Random r) {
        return TOKENS.get(r.nextInt(TOKENS.size()));
    }

    /** An attribute value or a text node becomes hostile. */
    private static void replaceValue(StringBuilder s, Random r) {
        int from = s.length() == 0 ? 0 : r.nextInt(s.length());
        int q = s.indexOf("'", from);
        if (q >= 0) {
            int end = s.indexOf("'", q + 1);
            if (end > q) {
                s.replace(q + 1, end, hostile(r));
                return;
            }
        }
        int gt = s.indexOf(">", from);
        int lt = gt < 0 ? -1 : s.indexOf("<", gt);
        if (lt > gt + 1) {
            s.replace(gt + 1, lt, hostile(r));
        }
    }

    private static String hostile(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> token(r).replace("'", "&apos;").replace("<", "&lt;");
            case 1 -> Long.toString(r.nextLong());
            case 2 -> Integer.toString(r.nextInt(10) - 2);
            case 3 -> "9".repeat(1 + r.nextInt(40));
            case 4 -> "a".repeat(r.nextInt(3) == 0 ? 5000 : 1 + r.nextInt(300));
            default -> "";
        };
    }
}
