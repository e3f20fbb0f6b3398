package org.jvirt.daemon.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real client program (virsh, python3, openssl) with a deadline and captures what it printed. */
final class Cmd {

    record Result(String out, String err, int rc) {
        String all() {
            return out + err + "rc=" + rc + "\n";
        }
    }

    private Cmd() {
    }

    static Result run(List<String> argv, Map<String, String> env, Path cwd, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jvirtd-it", ".out");
        Path err = Files.createTempFile("jvirtd-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (cwd != null) {
                pb.directory(cwd.toFile());
            }
            pb.environment().put("LC_ALL", "C");
            pb.environment().remove("LIBVIRT_DEFAULT_URI");
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", argv) + " did not finish within " + timeout
                        + "\nstdout: " + Files.readString(out) + "\nstderr: " + Files.readString(err));
            }
            return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Result run(String... argv) throws IOException, InterruptedException {
        return run(List.of(argv), Map.of(), null, Duration.ofSeconds(60));
    }

    static Result virsh(String uri, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("virsh", "-c", uri));
        argv.addAll(List.of(args));
        return run(argv, Map.of(), null, Duration.ofSeconds(60));
    }

    static boolean available(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The checkout's root (tests run in jvirt-daemon/). */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("bin/jvirtd")) ? here : here.getParent();
    }

    /** python3 with the libvirt module: /usr/bin/python3 (a `python3` earlier on PATH may lack it). */
    static final String PYTHON = "/usr/bin/python3";

    static boolean pythonLibvirt() throws IOException, InterruptedException {
        return Files.isExecutable(Path.of(PYTHON)) && run(PYTHON, "-c", "import libvirt").rc() == 0;
    }
}
