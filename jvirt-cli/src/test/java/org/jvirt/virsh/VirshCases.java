package org.jvirt.virsh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Shared plumbing of the golden and differential suites: the cases, running jvirsh in-process and real virsh. */
final class VirshCases {

    static final Path DIR = Path.of("src/test/resources/virsh");

    record Result(String out, String err, int rc) {
        /** CPU time counters follow the wall clock in the test driver; they are the only unstable bytes. */
        Result normalized() {
            return new Result(mask(out), mask(err), rc);
        }

        private static String mask(String s) {
            return s.replaceAll("(?m)^(CPU time:\\s+)\\d+\\.\\ds$", "$1N.Ns")
                    .replaceAll("(?m)^(\\w+ (rd|wr)_(req|bytes|errs)|\\w+ errs) \\d+$", "$1 N")
                    .replaceAll("(?m)^(\\w+ [rt]x_\\w+) \\d+$", "$1 N")
                    .replaceAll("(?m)^(last_update) \\d+$", "$1 N");
        }
    }

    /**
     * Cases whose difference is known and explained, reported as skipped: help with a group lists only the
     * commands jvirsh has; a URI no driver accepts fails with our own "no connection driver" message, not the remote socket's.
     */
    static final java.util.Map<String, String> KNOWN = java.util.Map.of(
            "help-group", "group help lists only implemented commands",
            "top-connect-fail", "no remote driver yet: different connection error text");

    /** Skips a known-difference case, saying why on the console so that CI logs show it. */
    static void skipIfKnown(String name) {
        String why = KNOWN.get(name);
        if (why != null) {
            System.out.println("SKIPPED " + name + ": known difference: " + why);
            org.junit.jupiter.api.Assumptions.abort(name + ": known difference: " + why);
        }
    }

    private VirshCases() {
    }

    static List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cmd"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    static List<String> args(String name) throws IOException {
        return Files.readAllLines(DIR.resolve(name + ".cmd"), StandardCharsets.UTF_8);
    }

    static Result jvirsh(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc;
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            rc = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), o, e);
            o.flush();
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), rc);
    }

    static boolean virshAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "virsh"))) {
                return true;
            }
        }
        return false;
    }

    static Result virsh(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("virsh");
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("VIRSH_DEFAULT_CONNECT_URI");
        pb.environment().remove("LIBVIRT_DEFAULT_URI");
        Path out = Files.createTempFile("virsh", ".out");
        Path err = Files.createTempFile("virsh", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("virsh timed out: " + args);
            }
            return new Result(Files.readString(out), Files.readString(err), p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Result recorded(String name) throws IOException {
        return new Result(Files.readString(DIR.resolve(name + ".out")), Files.readString(DIR.resolve(name + ".err")),
                Integer.parseInt(Files.readString(DIR.resolve(name + ".rc")).strip()));
    }

    static void record(String name, Result r) throws IOException {
        Files.writeString(DIR.resolve(name + ".out"), r.out());
        Files.writeString(DIR.resolve(name + ".err"), r.err());
        Files.writeString(DIR.resolve(name + ".rc"), r.rc() + "\n");
    }
}
