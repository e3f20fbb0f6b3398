package org.jvirt.conf.domain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jvirt.conf.SchemaAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every domainxml2xml input (except the deliberately invalid ones) and every expected output must validate
 * against our schema (org/jvirt/conf/schemas/domain.rng) and libvirt's installed one, through the shared test
 * helper {@link SchemaAssert} (xmllint --relaxng).
 */
class DomainSchemaTest {

    static final Path OUR_RNG = Path.of("src/main/resources/org/jvirt/conf/schemas/domain.rng");
    static final Path LIBVIRT_RNG = SchemaAssert.LIBVIRT_SCHEMAS.resolve("domain.rng");

    /**
     * Inputs that are not schema-valid on purpose: legacy {@code <clock sync=>}, unknown elements, an
     * {@code <idmap>} on an hvm guest (libvirt's schema allows it for containers only; the parser accepts it),
     * aliases libvirt drops on define (on graphics, with characters outside [A-Za-z0-9_-]).
     */
    static final List<String> INVALID_INPUTS = List.of("kvm-basic", "unknown-elements", "misc-elems", "memdev-all",
            "aliases", "alias-chars");

    static Stream<String> files() {
        return Stream.concat(
                DomainXml2XmlTest.OK.stream().filter(n -> !INVALID_INPUTS.contains(n)).map(n -> n + ".xml"),
                DomainXml2XmlTest.OK.stream().map(n -> n + ".out.xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void ourSchema(String file) {
        SchemaAssert.assertValid(DomainXml2XmlTest.DIR.resolve(file), OUR_RNG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void libvirtSchema(String file) {
        assumeTrue(Files.exists(LIBVIRT_RNG), "libvirt's domain.rng not installed: skipped");
        SchemaAssert.assertValid(DomainXml2XmlTest.DIR.resolve(file), LIBVIRT_RNG);
    }
}
