package org.jvirt.conf.storage;

import java.nio.file.Path;
import java.util.List;
import org.jvirt.conf.GoldenXmlSuite;

/**
 * Golden files as libvirt's storagevolxml2xmltest: {@code storagevolxml2xml/NAME.xml} read for a pool (a disk
 * pool at /dev when the name contains {@code disk-}, a logical pool /dev/oraclevg for {@code logical-}, else the
 * dir pool /default-pool) and formatted as libvirt's test driver shows a created volume: its path POOLPATH/NAME
 * and its key the path. Expectations from real libvirt 9.0 (src/test/scripts/storagexml2xml-oracle.py),
 * including the {@code encrypt-} cases (target {@code <encryption>}: secrets, LUKS cipher and ivgen).
 */
class StorageVolXml2XmlTest extends GoldenXmlSuite {

    static final Path DIR = Path.of("src/test/resources/storagevolxml2xml");

    /**
     * Inputs libvirt reads but its schema refuses: no {@code <target>}, a format name no pool knows, a cipher
     * without its ivgen (or the reverse, or a padded size), two secrets, an ivgen without a cipher.
     */
    static final List<String> SCHEMA_INVALID_INPUTS = List.of("logical-lv", "minimal", "escaped", "disk-default",
            "encrypt-cipher-first-wins", "encrypt-default-two-secrets", "encrypt-luks-usage",
            "encrypt-qcow-ignores-cipher");

    /** Outputs libvirt's schema refuses although libvirt writes them: two secrets, a cipher without ivgen or secret. */
    static final List<String> LIBVIRT_SCHEMA_INVALID_OUTPUTS = List.of("encrypt-cipher-first-wins",
            "encrypt-default-two-secrets", "encrypt-luks-usage");

    static StoragePoolType poolType(String name) {
        return name.contains("disk-") ? StoragePoolType.DISK
                : name.contains("logical-") ? StoragePoolType.LOGICAL : StoragePoolType.DIR;
    }

    static String poolPath(String name) {
        return name.contains("disk-") ? "/dev" : name.contains("logical-") ? "/dev/oraclevg" : "/default-pool";
    }

    @Override
    protected Path dir() {
        return DIR;
    }

    @Override
    protected String convert(String xml) {
        return convert("", xml);
    }

    @Override
    protected String convert(String name, String xml) {
        StoragePoolType pool = poolType(name);
        StorageVolDef def = StorageXml.parseVolume(pool, xml);
        String path = poolPath(name) + "/" + def.name();
        return StorageXml.formatVolume(pool, def.withPathAndKey(path, path));
    }

    @Override
    protected String schema() {
        return "storagevol";
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
