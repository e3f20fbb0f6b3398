package org.jvirt.bench;

import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Issue section 7, XML: parse (with post-parse and validation, as define does) + format of a realistic domain
 * document, on one core. Goal: >= 20,000 documents per second.
 */
public class DomainXmlBench extends OneCoreThroughput {

    private String xml;
    private DomainParseOptions opts;
    private DomainDef def;

    @Setup
    public void setup() {
        xml = BenchDocs.domainXml();
        opts = DomainParseOptions.testDriver();
        def = DomainXml.parse(xml, opts);
        String out = DomainXml.format(def, DomainFormatOptions.INACTIVE);
        if (!out.contains("<name>bench-guest</name>")) {
            throw new IllegalStateException("unexpected format output:\n" + out);
        }
    }

    /** The goal's figure: one document in, one document out. */
    @Benchmark
    public String parseAndFormat() {
        return DomainXml.format(DomainXml.parse(xml, opts), DomainFormatOptions.INACTIVE);
    }

    @Benchmark
    public DomainDef parse() {
        return DomainXml.parse(xml, opts);
    }

    @Benchmark
    public String format() {
        return DomainXml.format(def, DomainFormatOptions.INACTIVE);
    }
}
