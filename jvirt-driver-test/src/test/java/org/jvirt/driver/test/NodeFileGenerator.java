package org.jvirt.driver.test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Writes a test-driver node file with N domains (reusable by benchmarks):
 * {@code java -cp jvirt-driver-test/target/test-classes org.jvirt.driver.test.NodeFileGenerator /tmp/n10k.xml 10000}.
 * Every third domain is shut off, the rest running; UUIDs are deterministic so runs are comparable.
 */
public final class NodeFileGenerator {

    private NodeFileGenerator() {
    }

    public static void write(Path path, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(path)) {
            w.write("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n");
            w.write("  <cpu><nodes>2</nodes><sockets>2</sockets><cores>4</cores><threads>2</threads>"
                    + "<mhz>2400</mhz><model>i686</model></cpu>\n  <memory>67108864</memory>\n");
            for (int i = 0; i < count; i++) {
                UUID u = new UUID(0x6a7e000000004000L | i, 0x8000000000000000L | i);
                w.write("  <domain type='test'>\n    <name>dom" + i + "</name>\n    <uuid>" + u + "</uuid>\n"
                        + "    <memory unit='KiB'>" + (65536 + (i % 8) * 1024) + "</memory>\n"
                        + "    <vcpu>" + (1 + i % 4) + "</vcpu>\n"
                        + "    <os><type>hvm</type></os>\n");
                if (i % 3 == 0) {
                    w.write("    <test:runstate>5</test:runstate>\n");
                }
                w.write("  </domain>\n");
            }
            w.write("</node>\n");
        }
    }

    public static void main(String[] args) throws IOException {
        Path p = Path.of(args.length > 0 ? args[0] : "/tmp/n10k.xml");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        write(p, n);
        System.out.println("wrote " + n + " domains to " + p);
    }
}
