package org.jvirt.conf.storage;

import java.util.UUID;
import java.util.function.Supplier;
import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorDomain;
import org.w3c.dom.Element;

/**
 * The storage XML facade: pool and volume definitions parsed and formatted as libvirt 9.0's storage_conf.c
 * does, byte for byte. Pool parsing generates a UUID when none is given (the supplier; random in drivers).
 */
public final class StorageXml {

    static final String POOL_URL = "(storage_pool_definition)";
    static final String VOL_URL = "(storage_volume_definition)";

    private StorageXml() {
    }

    public static StoragePoolDef parsePool(String xml, Supplier<UUID> uuids) {
        return parsePool(xml, uuids, false);
    }

    /** With {@code validateSchema} (VIR_STORAGE_POOL_DEFINE_VALIDATE) the document is checked against storagepool.rng first. */
    public static StoragePoolDef parsePool(String xml, Supplier<UUID> uuids, boolean validateSchema) {
        Element root = root(xml, POOL_URL, "pool");
        if (validateSchema) {
            org.jvirt.conf.rng.RngSchemas.require("storagepool.rng", root, xml);
        }
        return StoragePoolParser.parse(root, uuids);
    }

    /** virXMLParse with a root element name: a document with another root is refused before any parsing. */
    private static Element root(String xml, String url, String expected) {
        return XmlDocuments.parseRoot(xml, url, ErrorDomain.STORAGE, expected);
    }

    /** A {@code <pool>} element inside a larger document (the test driver's node file). */
    public static StoragePoolDef parsePoolElement(Element e, Supplier<UUID> uuids) {
        return StoragePoolParser.parse(e, uuids);
    }

    /** virStoragePoolDefParseSourceString: a {@code <source>} document read for a pool type. */
    public static PoolSourceDef parseSource(String xml, StoragePoolType type) {
        return StoragePoolParser.parseSource(root(xml,
                "(storage_source_specification)", "source"), type);
    }

    public static String formatPool(StoragePoolDef def) {
        XmlWriter w = new XmlWriter(new StringBuilder(512));
        StoragePoolFormatter.format(w, def);
        return w.toString();
    }

    /** Volume XML is read in the context of its pool: the pool type decides the formats allowed. */
    public static StorageVolDef parseVolume(StoragePoolType pool, String xml) {
        return StorageVolParser.parse(root(xml, VOL_URL, "volume"), pool);
    }

    /**
     * The volume document checked against storagevol.rng (VIR_STORAGE_VOL_CREATE_VALIDATE) and, when it passes,
     * its root; parsing is the caller's next step.
     */
    public static Element validVolumeRoot(String xml) {
        Element root = root(xml, VOL_URL, "volume");
        org.jvirt.conf.rng.RngSchemas.require("storagevol.rng", root, xml);
        return root;
    }

    public static StorageVolDef parseVolumeElement(StoragePoolType pool, Element e) {
        return StorageVolParser.parse(e, pool);
    }

    public static String formatVolume(StoragePoolType pool, StorageVolDef def) {
        XmlWriter w = new XmlWriter(new StringBuilder(512));
        StorageVolFormatter.format(w, pool, def);
        return w.toString();
    }
}
