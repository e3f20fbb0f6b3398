import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;

/**
 * bench/qemu-create.sh's in-JVM half: createXML of the test guest until it is running (the call returns after
 * QEMU's cont), timed through the public API in one warm JVM; destroy is not timed. Prints the median in ms.
 * Run as a single-file program on jvirt-cli's runtime classpath:
 *   java -cp 'jvirt-cli/target/jvirt-cli.jar:jvirt-cli/target/lib/*' bench/QemuCreate.java URI XMLFILE RUNS WARMUP
 */
public class QemuCreate {
    public static void main(String[] args) throws Exception {
        String uri = args[0];
        String xml = Files.readString(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        List<Double> times = new ArrayList<>();
        try (Connect c = Connect.open(uri)) {
            for (int i = 0; i < warmup + runs; i++) {
                long t0 = System.nanoTime();
                Domain d = c.domainCreateXML(xml, 0);
                double ms = (System.nanoTime() - t0) / 1e6;
                d.destroy();
                if (i >= warmup) {
                    times.add(ms);
                }
            }
        }
        times.sort(null);
        double med = times.size() % 2 == 1 ? times.get(times.size() / 2)
                : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
        System.err.printf("jvirt createXML (one warm JVM): median %.1f ms over %d runs (min %.1f, max %.1f)%n",
                med, runs, times.getFirst(), times.getLast());
        System.out.printf("%.1f%n", med);
    }
}
