package org.jvirt.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jvirt.error.VirtException;

/**
 * Golden-file plumbing shared by the xml2xml tests (read, regenerate with -Djvirt.test.regenerate=true, assert)
 * and by their differential tests against the real virsh.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static boolean regenerate() {
        return Boolean.getBoolean("jvirt.test.regenerate");
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path p, String s) {
        try {
            Files.writeString(p, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites {@code golden} with {@code actual} when regenerating, then asserts they are equal. */
    public static void assertGolden(Path golden, String actual) {
        if (regenerate()) {
            write(golden, actual);
        }
        assertThat(actual).isEqualTo(read(golden));
    }

    /** The {@code NAME.err} form of a rejection: code, domain and message, one per line. */
    public static String errorText(VirtException e) {
        return e.code().value() + "\n" + e.domain().value() + "\n" + e.getMessage() + "\n";
    }

    /** The input fixtures in {@code dir}: every NAME.xml that is not a NAME.out.xml, sorted. */
    public static List<String> inputs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".xml") && !f.endsWith(".out.xml"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        }
    }

    /** The virsh executable on PATH, or null. */
    public static String findVirsh() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "virsh");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    /** Runs {@code virsh -q -c test:///default SCRIPT}: its stdout and stderr. */
    public static String[] runVirsh(String virsh, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(virsh, "-q", "-c", "test:///default", script)).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return new String[] {out, err};
    }
}
