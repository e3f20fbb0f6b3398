package org.jvirt.conf.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jvirt.conf.GoldenFiles;
import org.jvirt.conf.SchemaAssert;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files as libvirt's storagepoolxml2xmltest: {@code storagepoolxml2xml/NAME.xml} parsed and formatted
 * must equal {@code NAME.out.xml}, with the figures libvirt's test driver gives a defined pool (100 GiB capacity,
 * nothing allocated); must-fail inputs have {@code NAME.err}. Expectations come from real libvirt 9.0
 * (src/test/scripts/storagexml2xml-oracle.py); -Djvirt.test.regenerate=true rewrites them from this code.
 */
class StoragePoolXml2XmlTest {

    static final Path DIR = Path.of("src/test/resources/storagepoolxml2xml");

    static final List<String> OK = List.of("dir-minimal", "dir-perms", "dir-features", "fs-ext4",
            "fs-default-format", "netfs-nfs", "netfs-cifs", "netfs-protocol-string", "logical",
            "logical-name-default", "disk-gpt", "iscsi", "iscsi-direct", "scsi-host", "scsi-fc-host",
            "scsi-parentaddr", "mpath", "rbd", "sheepdog", "gluster", "zfs", "vstorage");

    static final List<String> FAIL = List.of("fail-no-type", "fail-bad-type", "fail-no-name", "fail-name-slash",
            "fail-bad-uuid", "fail-no-target", "fail-netfs-no-host", "fail-netfs-no-dir", "fail-fs-no-device",
            "fail-bad-format", "fail-bad-mode", "fail-mode-not-octal", "fail-bad-owner", "fail-bad-group",
            "fail-bad-port", "fail-rbd-no-name", "fail-scsi-no-adapter", "fail-scsi-host-no-name", "fail-fc-no-wwpn",
            "fail-fc-bad-wwn", "fail-adapter-legacy-wwnn", "fail-iscsi-direct-no-iqn", "fail-cow-logical",
            "fail-protocol-cifs", "fail-wrong-root", "fail-malformed", "fail-host-no-name", "fail-device-no-path",
            "fail-part-separator-bad", "fail-refresh-bad", "fail-auth-no-type", "fail-cow-bad");

    /**
     * Inputs libvirt reads but its schema refuses: a dir pool with a source host, several devices for an fs pool,
     * sources left to their defaults, a version that is not a number.
     */
    static final List<String> SCHEMA_INVALID_INPUTS = List.of("dir-perms", "dir-features", "fs-default-format",
            "logical-name-default", "sheepdog", "zfs", "netfs-protocol-string");

    /** Outputs libvirt's own schema refuses as well: {@code <refresh>} and several fs devices. */
    static final List<String> LIBVIRT_SCHEMA_INVALID_OUTPUTS = List.of("dir-features", "fs-default-format");

    static final long CAP = 100L * 1024 * 1024 * 1024;

    static String convert(String name) {
        StoragePoolDef def = StorageXml.parsePool(GoldenFiles.read(DIR.resolve(name + ".xml")),
                () -> UUID.fromString("00000000-0000-4000-8000-000000000000"));
        return StorageXml.formatPool(def.withSizes(CAP, 0, CAP));
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
        StoragePoolDef def = StorageXml.parsePool(out, UUID::randomUUID);
        assertThat(StorageXml.formatPool(def.withSizes(CAP, 0, CAP))).isEqualTo(out);
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
        SchemaAssert.assertValid("storagepool", xml);
        SchemaAssert.assertValidLibvirt("storagepool", xml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void outputMatchesSchemas(String name) {
        String xml = GoldenFiles.read(DIR.resolve(name + ".out.xml"));
        SchemaAssert.assertValid("storagepool", xml);
        if (!LIBVIRT_SCHEMA_INVALID_OUTPUTS.contains(name)) {
            SchemaAssert.assertValidLibvirt("storagepool", xml);
        }
    }

    @Test
    void everyFixtureIsListed() throws IOException {
        assertThat(GoldenFiles.inputs(DIR)).containsExactlyInAnyOrderElementsOf(Stream.concat(ok(), fail()).toList());
    }
}
