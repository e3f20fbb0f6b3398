package org.jvirt.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documents the benchmarks feed (the same files bench/api-loop.py reads for libvirt). */
final class BenchDocs {

    private BenchDocs() {
    }

    /** A realistic KVM guest: disks, cdrom, two NICs, serial console, VNC (resources/org/jvirt/bench/domain.xml). */
    static String domainXml() {
        try (InputStream in = BenchDocs.class.getResourceAsStream("domain.xml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/jvirt/bench/domain.xml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
