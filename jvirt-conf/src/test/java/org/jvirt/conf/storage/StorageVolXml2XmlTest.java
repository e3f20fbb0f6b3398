package org.jvirt.conf.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jvirt.conf.GoldenFiles;
import org.jvirt.conf.SchemaAssert;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files as libvirt's storagevolxml2xmltest: {@code storagevolxml2xml/NAME.xml} read for a pool (a disk
 * pool at /dev when the name contains {@code disk-}, a logical pool /dev/oraclevg for {@code logical-}, else the
 * dir pool /default-pool) and formatted as libvirt's test driver shows a created volume: its path POOLPATH/NAME
 * and its key the path. Expectations from real libvirt 9.0 (src/test/scripts/storagexml2xml-oracle.py).
 */
class StorageVolXml2XmlTest {

    static final Path DIR = Path.of("src/test/resources/storagevolxml2xml");

    static final List<String> OK = List.of("minimal", "units", "qcow2", "backing", "features-default-compat",
            "type-block", "escaped", "disk-linux", "disk-default", "logical-lv");

    static final List<String> FAIL = List.of("fail-no-name", "fail-no-capacity", "fail-bad-capacity",
            "fail-negative-capacity", "fail-bad-unit", "fail-overflow", "fail-bad-allocation", "fail-bad-format",
            "fail-none-format", "fail-bad-type", "fail-bad-feature", "fail-bad-compat", "fail-bad-mode",
            "fail-wrong-root", "fail-malformed", "fail-disk-bad-format");

    /** Inputs libvirt reads but its schema refuses: no {@code <target>}, a format name no pool knows. */
    static final List<String> SCHEMA_INVALID_INPUTS = List.of("logical-lv", "minimal", "escaped", "disk-default");

    static StoragePoolType poolType(String name) {
        return name.contains("disk-") ? StoragePoolType.DISK
                : name.contains("logical-") ? StoragePoolType.LOGICAL : StoragePoolType.DIR;
    }

    static String poolPath(String name) {
        return name.contains("disk-") ? "/dev" : name.contains("logical-") ? "/dev/oraclevg" : "/default-pool";
    }

    static String convert(String name) {
        StoragePoolType pool = poolType(name);
        StorageVolDef def = StorageXml.parseVolume(pool, GoldenFiles.read(DIR.resolve(name + ".xml")));
        String path = poolPath(name) + "/" + def.name();
        return StorageXml.formatVolume(pool, def.withPathAndKey(path, path));
    }

    static Stream<String> ok() {
        return OK.stream();
    }

    static Stream<String> fail() {
        return FAIL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void xml2xml(String name) {
        GoldenFiles.assertGolden(DIR.resolve(name + ".out.xml"), convert(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void roundTrip(String name) {
        String out = GoldenFiles.read(DIR.resolve(name + ".out.xml"));
        StoragePoolType pool = poolType(name);
        assertThat(StorageXml.formatVolume(pool, StorageXml.parseVolume(pool, out))).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fail")
    void parseError(String name) {
        VirtException e = catchThrowableOfType(VirtException.class, () -> convert(name));
        assertThat(e).as("%s must be rejected", name).isNotNull();
        GoldenFiles.assertGolden(DIR.resolve(name + ".err"), GoldenFiles.errorText(e));
    }

    static Stream<String> schemaInputs() {
        return ok().filter(n -> !SCHEMA_INVALID_INPUTS.contains(n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaInputs")
    void inputMatchesSchemas(String name) {
        String xml = GoldenFiles.read(DIR.resolve(name + ".xml"));
        SchemaAssert.assertValid("storagevol", xml);
        SchemaAssert.assertValidLibvirt("storagevol", xml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void outputMatchesSchemas(String name) {
        String xml = GoldenFiles.read(DIR.resolve(name + ".out.xml"));
        SchemaAssert.assertValid("storagevol", xml);
        SchemaAssert.assertValidLibvirt("storagevol", xml);
    }

    @Test
    void everyFixtureIsListed() throws IOException {
        assertThat(GoldenFiles.inputs(DIR)).containsExactlyInAnyOrderElementsOf(Stream.concat(ok(), fail()).toList());
    }
}
