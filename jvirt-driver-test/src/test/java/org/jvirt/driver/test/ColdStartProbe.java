package org.jvirt.driver.test;

import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;

/**
 * Cold-start probe for the driver path (not a test): opens a test URI (default test:///default), lists every
 * domain like `virsh list --all`, prints the rows and exits. With {@code -Djvirt.probe.times=true} it prints
 * System.nanoTime checkpoints (since JVM start and per step) to stderr. Run it in a fresh JVM, e.g.
 * <pre>
 * java -cp jvirt-api/target/classes:jvirt-conf/target/classes:jvirt-core/target/classes:\
 *   jvirt-driver-test/target/classes:jvirt-driver-test/target/test-classes \
 *   -Xshare:auto -verbose:class org.jvirt.driver.test.ColdStartProbe | grep -c 'class,load'
 * </pre>
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        boolean times = Boolean.getBoolean("jvirt.probe.times");
        long t0 = System.nanoTime();
        String uri = args.length > 0 ? args[0] : "test:///default";
        long t1;
        long t2;
        StringBuilder out = new StringBuilder();
        try (Connect c = Connect.open(uri)) {
            t1 = System.nanoTime();
            List<Domain> doms = c.listAllDomains(0);
            for (Domain d : doms) {
                int id = d.getID();
                out.append(' ').append(id < 0 ? "-" : Integer.toString(id)).append(' ').append(d.getName()).append('\n');
            }
            t2 = System.nanoTime();
        }
        System.out.print(out);
        System.out.flush();
        long t3 = System.nanoTime();
        if (times) {
            long startMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("main entered at ~%d ms after JVM start%n", System.currentTimeMillis() - startMs
                    - (t3 - t0) / 1_000_000);
            System.err.printf("open %.2f ms, list %.2f ms, print+close %.2f ms, total %.2f ms%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6);
        }
    }
}
