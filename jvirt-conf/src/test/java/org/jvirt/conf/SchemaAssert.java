package org.jvirt.conf;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Shared test helper: validates XML against our RELAX NG schemas (org/jvirt/conf/schemas/NAME.rng) and
 * libvirt's installed ones (/usr/share/libvirt/schemas/NAME.rng) by running {@code xmllint --noout --relaxng}
 * (package libxml2-utils). The JDK has no RELAX NG validator, and xmllint is the validator libvirt's own
 * schema tests use, so both schema sets are judged by the same engine. One xmllint run costs ~10 ms; results
 * are cached per (schema, document text) because suites validate the same outputs from several tests.
 * When xmllint or libvirt's schema is missing the check is skipped (JUnit assumption) with the reason.
 */
public final class SchemaAssert {

    /** Where libvirt installs its schemas (Debian libvirt-daemon / libvirt-common). */
    public static final Path LIBVIRT_SCHEMAS = Path.of("/usr/share/libvirt/schemas");

    private static final String RESOURCE_DIR = "/org/jvirt/conf/schemas/";
    private static final Path SOURCE_DIR = Path.of("src/main/resources/org/jvirt/conf/schemas");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static volatile String xmllint;

    private SchemaAssert() {
    }

    /** Asserts xml is valid against our schema NAME ("domain", "network", "capability"). */
    public static void assertValid(String schemaName, String xml) {
        check(ourSchema(schemaName), xml, schemaName + " (ours)");
    }

    /** Asserts xml is valid against libvirt's installed NAME.rng; skipped with a reason when it is absent. */
    public static void assertValidLibvirt(String schemaName, String xml) {
        check(libvirtSchema(schemaName), xml, schemaName + " (libvirt)");
    }

    /** Asserts the file is valid against the schema file (used by suites that already hold paths). */
    public static void assertValid(Path xmlFile, Path schema) {
        String xml;
        try {
            xml = Files.readString(xmlFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check(schema, xml, schema + " for " + xmlFile);
    }

    /** Our schema file NAME.rng: from the test classpath (target/classes), else the source tree. */
    public static Path ourSchema(String schemaName) {
        URL url = SchemaAssert.class.getResource(RESOURCE_DIR + schemaName + ".rng");
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path p = SOURCE_DIR.resolve(schemaName + ".rng");
        if (!Files.exists(p)) {
            fail("our schema " + schemaName + ".rng not found on the classpath or in " + SOURCE_DIR.toAbsolutePath());
        }
        return p;
    }

    /** libvirt's installed schema NAME.rng; skips the calling test (with the reason) when it is absent. */
    public static Path libvirtSchema(String schemaName) {
        Path p = LIBVIRT_SCHEMAS.resolve(schemaName + ".rng");
        if (!Files.exists(p)) {
            String why = "libvirt schema " + p + " not installed (Debian package libvirt-daemon): check skipped";
            System.out.println("SchemaAssert: " + why);
            assumeTrue(false, why);
        }
        return p;
    }

    /** Null when valid, else xmllint's messages; does not throw on invalid documents. */
    public static String validate(Path schema, String xml) {
        String key = schema.toAbsolutePath() + "\0" + xml;
        String cached = CACHE.get(key);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String result = runXmllint(schema, xml);
        CACHE.put(key, result == null ? "" : result);
        return result;
    }

    private static void check(Path schema, String xml, String label) {
        String errors = validate(schema, xml);
        if (errors != null) {
            fail("not valid against " + label + ":\n" + errors + "\n--- document ---\n" + xml);
        }
    }

    private static String runXmllint(Path schema, String xml) {
        String exe = xmllint();
        Path tmp = null;
        try {
            tmp = Files.createTempFile("jvirt-schema-", ".xml");
            Files.writeString(tmp, xml, StandardCharsets.UTF_8);
            // argv, no shell: nothing in the document or paths is interpreted.
            Process p = new ProcessBuilder(List.of(exe, "--noout", "--relaxng", schema.toString(), tmp.toString()))
                    .redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "xmllint timed out";
            }
            String text = new String(out, StandardCharsets.UTF_8).replace(tmp.toString(), "(document)").strip();
            return p.exitValue() == 0 ? null : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    /**
     * One {@code xmllint --noout --relaxng SCHEMA FILE...} run in dir: libxml2's RELAX NG messages per file (the
     * "FILE:LINE: element X: Relax-NG validity error : " prefix stripped), grouped by the "FILE validates" /
     * "FILE fails to validate" lines, in the files' order; empty for a valid file.
     */
    public static java.util.Map<String, java.util.List<String>> xmllintMessages(Path dir, String schema,
            java.util.List<String> files) throws IOException, InterruptedException {
        String validity = "Relax-NG validity error : ";
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(xmllint(), "--noout", "--relaxng", schema));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("xmllint timed out");
        }
        java.util.Map<String, java.util.List<String>> res = new java.util.LinkedHashMap<>();
        java.util.List<String> pending = new java.util.ArrayList<>();
        java.util.regex.Pattern end = java.util.regex.Pattern.compile("(.+) (validates|fails to validate)");
        for (String line : out.lines().toList()) {
            java.util.regex.Matcher m = end.matcher(line);
            if (line.contains(validity)) {
                pending.add(line.substring(line.indexOf(validity) + validity.length()));
            } else if (m.matches()) {
                res.put(m.group(1), java.util.List.copyOf(pending));
                pending.clear();
            } else {
                throw new AssertionError("unexpected xmllint output: " + line);
            }
        }
        return res;
    }

    /** Whether xmllint is on PATH (for tests that run it themselves). */
    public static boolean hasXmllint() {
        return !xmllintPath().isEmpty();
    }

    private static String xmllint() {
        String exe = xmllintPath();
        if (exe.isEmpty()) {
            String why = "xmllint not on PATH (apt-get install libxml2-utils): schema check skipped";
            System.out.println("SchemaAssert: " + why);
            assumeTrue(false, why);
        }
        return exe;
    }

    private static String xmllintPath() {
        String exe = xmllint;
        if (exe == null) {
            exe = "";
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path c = Path.of(dir, "xmllint");
                if (Files.isExecutable(c)) {
                    exe = c.toString();
                    break;
                }
            }
            xmllint = exe;
        }
        return exe;
    }
}
