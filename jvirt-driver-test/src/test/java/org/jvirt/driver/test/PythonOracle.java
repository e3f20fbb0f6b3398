package org.jvirt.driver.test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;

/**
 * The oracle of the python3-libvirt differential tests: runs a script under the system python (the one with the
 * libvirt module) and returns its lines, or skips the test with a printed reason when there is no such python;
 * and the step recorder whose lines read as the scripts' {@code t()} prints them.
 */
final class PythonOracle {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    /**
     * The scripts' common start: errors are not printed by libvirt's default handler, t() prints one step, kv()
     * and block() shorten typed parameters and an XML element as {@link #kv} and {@link #block} do.
     */
    static final String PRELUDE = """
            import libvirt, re
            libvirt.registerErrorHandler(lambda c, e: None, None)
            def t(f):
                try:
                    print("OK %s" % (f(),))
                except libvirt.libvirtError as e:
                    print("ERR %d %d %s" % (e.get_error_code(), e.get_error_domain(), e.get_error_message().replace("\\n", "|")))
            def kv(d, nonzero=False):
                return ";".join("%s=%s" % (k, int(v) if isinstance(v, bool) else v) for k, v in sorted(d.items()) if v or not nonzero)
            def block(x, tag):
                m = re.search(r"<%s>.*?</%s>" % (tag, tag), x, re.S)
                return "|".join(l.strip() for l in m.group(0).splitlines()) if m else "-"
            c = libvirt.open("test:///default")
            """;

    /** The event tests' start: libvirt's default event loop on a daemon thread, errors not printed. */
    static final String EVENT_PRELUDE = """
            import libvirt, threading
            libvirt.registerErrorHandler(lambda c, e: None, None)
            libvirt.virEventRegisterDefaultImpl()
            def loop():
                while True:
                    libvirt.virEventRunDefaultImpl()
            threading.Thread(target=loop, daemon=True).start()
            c = libvirt.open("test:///default")
            """;

    private PythonOracle() {
    }

    /** The script's output lines (stdout and stderr); the calling test is skipped when python3-libvirt is absent. */
    static List<String> run(Class<?> test, String script, String... args) throws IOException, InterruptedException {
        return output(test, script, args).lines().toList();
    }

    /** As {@link #run}, the output as it came, line ends included. */
    static String output(Class<?> test, String script, String... args) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            System.out.println(test.getSimpleName() + " skipped: " + PYTHON + " not found");
            assumeTrue(false);
        }
        List<String> argv = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || out.contains("No module named")) {
            System.out.println(test.getSimpleName() + " skipped: python3-libvirt unavailable: " + out);
            assumeTrue(false);
        }
        return out;
    }

    /** As the scripts' kv(): "name=value" by name, joined with ';'; with nonZero only the values python counts as true. */
    static String kv(List<TypedParameter> params, boolean nonZero) {
        List<TypedParameter> sorted = new ArrayList<>(params);
        sorted.sort(Comparator.comparing(TypedParameter::field));
        List<String> out = new ArrayList<>();
        for (TypedParameter p : sorted) {
            String v = p.valueString();
            if (!nonZero || !v.isEmpty() && !v.equals("0")) {
                out.add(p.field() + "=" + v);
            }
        }
        return String.join(";", out);
    }

    /** As the scripts' block(): the first {@code <tag>} element's lines, stripped and joined with '|', or "-". */
    static String block(String xml, String tag) {
        int s = xml.indexOf("<" + tag + ">");
        if (s < 0) {
            return "-";
        }
        String end = "</" + tag + ">";
        return String.join("|", xml.substring(s, xml.indexOf(end, s) + end.length()).lines().map(String::strip).toList());
    }

    /** One step as the scripts' t() prints it: Python's repr of booleans (1/0 from the C API) and of null. */
    static void t(List<String> out, Supplier<Object> call) {
        try {
            Object r = call.get();
            out.add("OK " + (r instanceof Boolean b ? (b ? 1 : 0) : r == null ? "None" : r));
        } catch (VirtException e) {
            out.add("ERR " + e.code().value() + " " + e.domain().value() + " " + e.getMessage().replace("\n", "|"));
        }
    }
}
