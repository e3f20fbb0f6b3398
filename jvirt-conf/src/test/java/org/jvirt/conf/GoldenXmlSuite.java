package org.jvirt.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One libvirt-style xml2xml suite over a directory: {@code NAME.xml} parsed and formatted must equal
 * {@code NAME.out.xml} (which must also read back unchanged); a must-fail input {@code fail-NAME.xml} has
 * {@code NAME.err} (code, domain, message); inputs and outputs validate against libvirt's installed schema
 * unless listed as libvirt's own exceptions, and against ours when the family has one.
 * -Djvirt.test.regenerate=true rewrites the expectations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GoldenXmlSuite {

    /** The fixtures' directory. */
    protected abstract Path dir();

    /** Parse then format, as the family's public parser and formatter do. */
    protected abstract String convert(String xml);

    /** The same for a named case, for families whose context (e.g. a volume's pool) follows from the name. */
    protected String convert(String name, String xml) {
        return convert(xml);
    }

    /** Outputs that are not read back (by default those libvirt's schema refuses). */
    protected List<String> notReadBack() {
        return schemaInvalidOutputs();
    }

    /** The schema's name ("interface", "nodedev"): libvirt's installed one and our own carry the same name. */
    protected abstract String schema();

    /** Inputs libvirt accepts although its own schema does not. */
    protected abstract List<String> schemaInvalidInputs();

    /** Outputs libvirt's schema refuses as well; they are not read back either. */
    protected abstract List<String> schemaInvalidOutputs();

    Stream<String> ok() throws IOException {
        return GoldenFiles.inputs(dir()).stream().filter(n -> Files.exists(dir().resolve(n + ".out.xml")));
    }

    Stream<String> fail() throws IOException {
        return GoldenFiles.inputs(dir()).stream().filter(n -> n.startsWith("fail-"));
    }

    private String read(String file) {
        return GoldenFiles.read(dir().resolve(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void xml2xml(String name) {
        GoldenFiles.assertGolden(dir().resolve(name + ".out.xml"), convert(name, read(name + ".xml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void roundTrip(String name) {
        String out = read(name + ".out.xml");
        if (!notReadBack().contains(name)) {
            assertThat(convert(name, out)).isEqualTo(out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fail")
    void parseError(String name) {
        VirtException e = catchThrowableOfType(VirtException.class, () -> convert(name, read(name + ".xml")));
        assertThat(e).as("%s must be rejected", name).isNotNull();
        GoldenFiles.assertGolden(dir().resolve(name + ".err"), GoldenFiles.errorText(e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void matchesLibvirtSchema(String name) {
        if (!schemaInvalidInputs().contains(name)) {
            SchemaAssert.assertValidLibvirt(schema(), read(name + ".xml"));
        }
        if (!schemaInvalidOutputs().contains(name)) {
            SchemaAssert.assertValidLibvirt(schema(), read(name + ".out.xml"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void matchesOurSchema(String name) {
        if (!schemaInvalidInputs().contains(name)) {
            SchemaAssert.assertValid(schema(), read(name + ".xml"));
        }
        // our schemas follow libvirt's verdicts (the VALIDATE flags use them): what libvirt's refuses, ours may too
        if (!schemaInvalidOutputs().contains(name)) {
            SchemaAssert.assertValid(schema(), read(name + ".out.xml"));
        }
    }

    @Test
    void everyFixtureHasAnExpectation() throws IOException {
        for (String n : GoldenFiles.inputs(dir())) {
            assertThat(Files.exists(dir().resolve(n + ".out.xml")) != n.startsWith("fail-")).as(n).isTrue();
            assertThat(Files.exists(dir().resolve(n + ".err"))).as(n).isEqualTo(n.startsWith("fail-"));
        }
    }
}
