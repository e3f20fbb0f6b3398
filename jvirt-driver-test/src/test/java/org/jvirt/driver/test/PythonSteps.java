package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jvirt.DomainCheckpoint;
import org.jvirt.DomainSnapshot;
import org.jvirt.error.VirtException;

/**
 * Step-by-step differential runs of the snapshot and checkpoint tests: each step is a python expression and the
 * same call in jvirt; the script (one shared prelude, run through {@link PythonOracle}) prints one normalised
 * line per step, jvirt's side is normalised alike, and the steps that differ are listed with both answers.
 */
final class PythonSteps {

    /** A step: the python expression (over c, d = domain 'test', S(name) / C(name) = lookups) and jvirt's call. */
    record Step(String py, Supplier<Object> java) {
    }

    /**
     * norm() makes results comparable: booleans 1/0, lists sorted and comma-joined (libvirt lists in hash order),
     * snapshots and checkpoints by name, creation times masked (in XML, and as the names of nameless ones).
     */
    static final String PRELUDE = """
            import libvirt, re
            libvirt.registerErrorHandler(lambda c, e: None, None)
            def norm(v):
                if isinstance(v, bool):
                    return '1' if v else '0'
                if isinstance(v, list):
                    return ','.join(sorted(x if isinstance(x, str) else norm(x) for x in v))
                if isinstance(v, (libvirt.virDomainSnapshot, libvirt.virDomainCheckpoint)):
                    return norm(v.getName())
                if isinstance(v, str):
                    v = re.sub(r'<creationTime>[0-9]+</creationTime>', '<creationTime/>', v)
                    return re.sub(r'\\b1[0-9]{9}\\b', 'T', v).replace('\\n', '|')
                return str(v)
            def t(f):
                try:
                    print('OK ' + norm(f()))
                except libvirt.libvirtError as e:
                    print('ERR %d %d %s' % (e.get_error_code(), e.get_error_domain(), e.get_error_message().replace('\\n', '|')))
            c = libvirt.open('test:///default')
            d = c.lookupByName('test')
            def S(n):
                return d.snapshotLookupByName(n, 0)
            def C(n):
                return d.checkpointLookupByName(n, 0)
            """;

    private PythonSteps() {
    }

    /** Runs the steps through python3-libvirt, then through jvirt, and asserts that every answer is the same. */
    static void assertSameAsLibvirt(Class<?> test, List<Step> steps) throws Exception {
        StringBuilder script = new StringBuilder(PRELUDE);
        for (Step s : steps) {
            script.append("t(lambda: ").append(s.py()).append(")\n");
        }
        List<String> expected = PythonOracle.run(test, script.toString()).stream()
                .filter(l -> l.startsWith("OK ") || l.startsWith("ERR ")).toList();
        List<String> actual = new ArrayList<>();
        for (Step s : steps) {
            actual.add(t(s.java()));
        }
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                mismatches.add("step " + i + " " + steps.get(i).py() + "\n  libvirt: " + expected.get(i)
                        + "\n  jvirt:   " + actual.get(i));
            }
        }
        assertThat(mismatches).as("steps that differ").isEmpty();
        assertThat(actual).hasSameSizeAs(expected);
    }

    private static String t(Supplier<Object> call) {
        try {
            return "OK " + norm(call.get());
        } catch (VirtException e) {
            return "ERR " + e.code().value() + " " + e.domain().value() + " " + e.getMessage().replace("\n", "|");
        }
    }

    /** As the prelude's norm(). */
    private static String norm(Object v) {
        return switch (v) {
            case Boolean b -> b ? "1" : "0";
            case List<?> list -> String.join(",", list.stream().map(PythonSteps::norm).sorted().toList());
            case DomainSnapshot s -> norm(s.getName());
            case DomainCheckpoint cp -> norm(cp.getName());
            case String s -> s.replaceAll("<creationTime>[0-9]+</creationTime>", "<creationTime/>")
                    .replaceAll("\\b1[0-9]{9}\\b", "T").replace("\n", "|");
            case null, default -> String.valueOf(v);
        };
    }
}
