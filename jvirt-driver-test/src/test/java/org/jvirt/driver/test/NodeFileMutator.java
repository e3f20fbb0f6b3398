package org.jvirt.driver.test;

import java.util.List;
import java.util.Random;
import org.jvirt.conf.fuzz.XmlMutator;

/**
 * Damages a test-driver node file: jvirt-conf's fuzz mutations (truncation, deleted / duplicated / swapped
 * ranges, hostile values, deep nesting, flipped characters) with XML and node-file tokens (test:runstate values,
 * file= references, cpu and memory values). Deterministic for a given {@link Random}, so a reported seed
 * reproduces its inputs.
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

    /** Applies 1..4 random mutations to the seed (jvirt-conf's {@link XmlMutator} with this vocabulary). */
    static String mutate(String seed, Random r) {
        return XmlMutator.mutate(seed, r, TOKENS);
    }
}
