package org.jvirt.conf.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jvirt.conf.GoldenXmlSuite;

/**
 * Golden files as libvirt's storagepoolxml2xmltest: {@code storagepoolxml2xml/NAME.xml} parsed and formatted
 * must equal {@code NAME.out.xml}, with the figures libvirt's test driver gives a defined pool (100 GiB capacity,
 * nothing allocated); must-fail inputs {@code fail-NAME.xml} have {@code fail-NAME.err}. Expectations come from
 * real libvirt 9.0 (src/test/scripts/storagexml2xml-oracle.py); -Djvirt.test.regenerate=true rewrites them.
 */
class StoragePoolXml2XmlTest extends GoldenXmlSuite {

    static final Path DIR = Path.of("src/test/resources/storagepoolxml2xml");

    /**
     * Inputs libvirt reads but its schema refuses: a dir pool with a source host, several devices for an fs pool,
     * sources left to their defaults, a version that is not a number.
     */
    static final List<String> SCHEMA_INVALID_INPUTS = List.of("dir-perms", "dir-features", "fs-default-format",
            "logical-name-default", "sheepdog", "zfs", "netfs-protocol-string");

    /** Outputs libvirt's own schema refuses as well ({@code <refresh>}, several fs devices); ours accepts them. */
    static final List<String> LIBVIRT_SCHEMA_INVALID_OUTPUTS = List.of("dir-features", "fs-default-format");

    static final long CAP = 100L * 1024 * 1024 * 1024;

    @Override
    protected Path dir() {
        return DIR;
    }

    @Override
    protected String convert(String xml) {
        StoragePoolDef def = StorageXml.parsePool(xml, () -> UUID.fromString("00000000-0000-4000-8000-000000000000"));
        return StorageXml.formatPool(def.withSizes(CAP, 0, CAP));
    }

    @Override
    protected String schema() {
        return "storagepool";
    }

    @Override
    protected List<String> schemaInvalidInputs() {
        return SCHEMA_INVALID_INPUTS;
    }

    @Override
    protected List<String> schemaInvalidOutputs() {
        return LIBVIRT_SCHEMA_INVALID_OUTPUTS;
    }

    @Override
    protected List<String> notReadBack() {
        return List.of();
    }
}
