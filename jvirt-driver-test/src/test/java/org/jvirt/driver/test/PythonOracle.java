package org.jvirt.driver.test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jvirt.error.VirtException;

/**
 * The oracle of the python3-libvirt differential tests: runs a script under the system python (the one with the
 * libvirt module) and returns its lines, or skips the test with a printed reason when there is no such python;
 * and the step recorder whose lines read as the scripts' {@code t()} prints them.
 */
final class PythonOracle {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    /** The scripts' common start: errors are not printed by libvirt's default handler, t() prints one step. */
    static final String PRELUDE = """
            import libvirt
            libvirt.registerErrorHandler(lambda c, e: None, None)
            def t(f):
                try:
                    print("OK %s" % (f(),))
                except libvirt.libvirtError as e:
                    print("ERR %d %d %s" % (e.get_error_code(), e.get_error_domain(), e.get_error_message().replace("\\n", "|")))
            c = libvirt.open("test:///default")
            """;

    private PythonOracle() {
    }

    /** The script's output lines (stdout and stderr); the calling test is skipped when python3-libvirt is absent. */
    static List<String> run(Class<?> test, String script, String... args) throws IOException, InterruptedException {
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
        return out.lines().toList();
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
