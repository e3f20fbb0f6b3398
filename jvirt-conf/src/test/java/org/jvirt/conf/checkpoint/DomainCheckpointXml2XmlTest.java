package org.jvirt.conf.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jvirt.conf.GoldenFiles;
import org.jvirt.conf.SchemaAssert;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for checkpoint XML: {@code domaincheckpointxml2xml/NAME.xml} redefined as a checkpoint of
 * test:///default's domain {@code test} must print as {@code NAME.out.xml}; must-fail inputs have {@code NAME.err}
 * (code, domain, message). Expectations come from real libvirt 9.0
 * (src/test/scripts/domaincheckpointxml2xml-oracle.py); -Djvirt.test.regenerate=true rewrites them from this
 * implementation instead. Here the conf layer's part of a redefine runs: parse with PARSE_REDEFINE, the disk
 * alignment of virDomainCheckpointRedefinePrep (or only the bitmap names without a domain), format with SECURE.
 * The {@code fail-driver-} cases fail in the test driver's checks (uuid, parent); jvirt-driver-test runs every
 * case through the whole driver against the same files. The {@code schema-} cases are refused by libvirt's
 * RELAX NG validation (domaincheckpoint.rng) with libxml2's messages, which our domaincheckpoint.rng and
 * domain.rng, walked by RngWalk, give the same way, an invalid embedded {@code <domain>} included
 * (CheckpointSchemaXmllintTest compares many more documents with xmllint).
 */
class DomainCheckpointXml2XmlTest {

    static final Path DIR = Path.of("src/test/resources/domaincheckpointxml2xml");

    static final List<String> OK = List.of(
            "minimal", "description", "parent", "disks-bitmap-default", "domain-disks-partial",
            "domain-no-disks-element", "domain-by-path", "domain-readonly-no", "domain-secure");

    static final List<String> FAIL = List.of(
            // parse
            "fail-no-name", "fail-no-creation-time", "fail-wrong-root", "fail-malformed",
            // disk alignment
            "fail-disk-unknown", "fail-disk-twice", "fail-too-many-disks", "fail-disk-readonly", "fail-disk-empty",
            "fail-domain-no-disks");

    /** Failures of the driver's checks (domain uuid, parent): jvirt-driver-test's part. */
    static final List<String> DRIVER_FAIL = List.of(
            "fail-driver-uuid-mismatch", "fail-driver-parent-missing", "fail-driver-own-parent");

    /** Refused by libvirt's schema validation, with libxml2's messages. */
    static final List<String> SCHEMA_FAIL = List.of(
            "schema-bad-checkpoint-type", "schema-unknown-element", "schema-disk-no-name", "schema-bitmap-with-no",
            "schema-bad-creation-time", "schema-domain-invalid");

    static final CheckpointParseOptions OPTS =
            CheckpointParseOptions.create(DomainParseOptions.testDriver()).withRedefine(true);

    static String convert(String xml) {
        CheckpointDef def = CheckpointXml.parse(xml, OPTS);
        def = def.dom() == null ? CheckpointAlign.assignBitmapNames(def) : CheckpointAlign.align(def);
        return CheckpointXml.format(def, true, false);
    }

    static String convertCase(String name) {
        return convert(GoldenFiles.read(DIR.resolve(name + ".xml")));
    }

    static Stream<String> ok() {
        return OK.stream();
    }

    static Stream<String> fail() {
        return FAIL.stream();
    }

    static Stream<String> driverFail() {
        return DRIVER_FAIL.stream();
    }

    static Stream<String> schemaFail() {
        return SCHEMA_FAIL.stream();
    }

    private static void assertSchemas(String xml) {
        SchemaAssert.assertValid("domaincheckpoint", xml);
        SchemaAssert.assertValidLibvirt("domaincheckpoint", xml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void xml2xml(String name) {
        GoldenFiles.assertGolden(DIR.resolve(name + ".out.xml"), convertCase(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void roundTrip(String name) {
        String out = GoldenFiles.read(DIR.resolve(name + ".out.xml"));
        assertThat(convert(out)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fail")
    void parseError(String name) {
        VirtException e = catchThrowableOfType(VirtException.class, () -> convertCase(name));
        assertThat(e).as("%s must be rejected", name).isNotNull();
        GoldenFiles.assertGolden(DIR.resolve(name + ".err"), GoldenFiles.errorText(e));
    }

    /** Code, domain and every line of libxml2's text. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFail")
    void schemaError(String name) {
        VirtException e = catchThrowableOfType(VirtException.class, () -> convertCase(name));
        assertThat(e).as("%s must be rejected", name).isNotNull();
        String want = GoldenFiles.read(DIR.resolve(name + ".err"));
        assertThat(GoldenFiles.errorText(e)).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void inputMatchesSchemas(String name) {
        assertSchemas(GoldenFiles.read(DIR.resolve(name + ".xml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void outputMatchesSchemas(String name) {
        assertSchemas(GoldenFiles.read(DIR.resolve(name + ".out.xml")));
    }

    /** The driver-level failures pass this layer: they are about the domain and the checkpoint list. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("driverFail")
    void driverFailuresPassTheConfLayer(String name) {
        assertThat(convertCase(name)).startsWith("<domaincheckpoint>\n");
    }

    @Test
    void everyFixtureIsListed() throws IOException {
        assertThat(GoldenFiles.inputs(DIR)).containsExactlyInAnyOrderElementsOf(
                Stream.of(OK, FAIL, DRIVER_FAIL, SCHEMA_FAIL).flatMap(List::stream).toList());
    }
}
