package org.jvirt.bench;

import org.jvirt.Connect;
import org.jvirt.Domain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue section 7, API: define + getXMLDesc + undefine on test:///default through the public API, the same loop
 * bench/api-loop.py runs through python3-libvirt in-process. Goal: >= 4x libvirt's cycles per second.
 */
public class ApiLoopBench extends OneCoreThroughput {

    private Connect conn;
    private String xml;

    @Setup(Level.Trial)
    public void open() {
        conn = Connect.open("test:///default");
        xml = BenchDocs.domainXml();
    }

    @TearDown(Level.Trial)
    public void close() {
        conn.close();
    }

    @Benchmark
    public String defineGetXMLDescUndefine() {
        Domain dom = conn.domainDefineXML(xml, 0);
        String desc = dom.getXMLDesc(0);
        dom.undefine(0);
        return desc;
    }
}
