package org.jvirt.driver.remote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The project's shared scratch libvirtd 9.0 (bin/lib/libvirtd-scratch.sh) and python3-libvirt: tests that
 * need them are skipped, with the reason printed, on a machine without them.
 */
final class LibvirtdScratch {

    static final String PYTHON = "/usr/bin/python3";

    private LibvirtdScratch() {
    }

    private static Path script() {
        for (Path p : List.of(Path.of("bin/lib/libvirtd-scratch.sh"), Path.of("../bin/lib/libvirtd-scratch.sh"))) {
            if (Files.isExecutable(p)) {
                return p.toAbsolutePath();
            }
        }
        return null;
    }

    /** Starts (or reuses) the daemon and returns its read-write socket; skips the test when impossible. */
    static String socket() throws IOException, InterruptedException {
        Path script = script();
        assumeTrue(script != null, "bin/lib/libvirtd-scratch.sh not found");
        Result start = run(List.of(script.toString(), "start"));
        if (start.code != 0) {
            System.out.println("[skip] scratch libvirtd unavailable: " + start.out);
        }
        assumeTrue(start.code == 0, "scratch libvirtd unavailable: " + start.out);
        return run(List.of(script.toString(), "socket")).out.strip();
    }

    static String readOnlySocket() throws IOException, InterruptedException {
        return socket() + "-ro";
    }

    static void requirePython() throws IOException, InterruptedException {
        boolean ok = Files.isExecutable(Path.of(PYTHON))
                && run(List.of(PYTHON, "-c", "import libvirt")).code == 0;
        if (!ok) {
            System.out.println("[skip] python3-libvirt not installed");
        }
        assumeTrue(ok, "python3-libvirt not installed");
    }

    /** Runs python3 on a program text and returns its stdout lines. */
    static List<String> python(String program) throws IOException, InterruptedException {
        Path file = Files.createTempFile("jvirt-remote-oracle", ".py");
        try {
            Files.writeString(file, program);
            // stdout only: libvirt logs its warnings to stderr
            Result r = run(List.of(PYTHON, file.toString()), false);
            if (r.code != 0) {
                throw new IllegalStateException("python failed (" + r.code + "):\n" + r.out);
            }
            return r.out.lines().toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    record Result(int code, String out) {
    }

    static Result run(List<String> argv) throws IOException, InterruptedException {
        return run(argv, true);
    }

    static Result run(List<String> argv, boolean withStderr) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        if (withStderr) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + argv);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
