package org.jvirt.conf.domain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every domainxml2xml input (except the deliberately invalid ones) and every expected output must validate
 * against our schema (org/jvirt/conf/schemas/domain.rng) and libvirt's installed one. Validation goes through
 * the shared test helper org.jvirt.conf.SchemaAssert (xmllint --relaxng); it is looked up reflectively (any
 * public static method taking (Path xml, Path schema)) so that this suite compiles before the helper lands,
 * and skips with a message while it is absent.
 */
class DomainSchemaTest {

    static final Path OUR_RNG = Path.of("src/main/resources/org/jvirt/conf/schemas/domain.rng");
    static final Path LIBVIRT_RNG = Path.of("/usr/share/libvirt/schemas/domain.rng");

    /** Inputs that are not schema-valid on purpose: legacy {@code <clock sync=>}, unknown elements. */
    static final List<String> INVALID_INPUTS = List.of("kvm-basic", "unknown-elements");

    static Stream<String> files() {
        return Stream.concat(
                DomainXml2XmlTest.OK.stream().filter(n -> !INVALID_INPUTS.contains(n)).map(n -> n + ".xml"),
                DomainXml2XmlTest.OK.stream().map(n -> n + ".out.xml"));
    }

    private static Method validator() {
        try {
            Class<?> c = Class.forName("org.jvirt.conf.SchemaAssert");
            for (Method m : c.getMethods()) {
                Class<?>[] p = m.getParameterTypes();
                if (Modifier.isStatic(m.getModifiers()) && p.length == 2 && p[0] == Path.class
                        && p[1] == Path.class) {
                    return m;
                }
            }
            return null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static void validate(Path xml, Path rng) throws Throwable {
        Method m = validator();
        assumeTrue(m != null, "org.jvirt.conf.SchemaAssert (xml, schema) not available yet: schema check skipped");
        try {
            m.invoke(null, xml, rng);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void ourSchema(String file) throws Throwable {
        validate(DomainXml2XmlTest.DIR.resolve(file), OUR_RNG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void libvirtSchema(String file) throws Throwable {
        assumeTrue(Files.exists(LIBVIRT_RNG), "libvirt's domain.rng not installed: skipped");
        validate(DomainXml2XmlTest.DIR.resolve(file), LIBVIRT_RNG);
    }
}
