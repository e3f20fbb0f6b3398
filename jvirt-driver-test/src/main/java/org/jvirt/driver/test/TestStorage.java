package org.jvirt.driver.test;

import java.util.UUID;
import org.jvirt.conf.storage.StoragePoolDef;
import org.jvirt.conf.storage.StorageVolDef;
import org.jvirt.conf.storage.StorageXml;
import org.w3c.dom.Element;

/** Storage XML for the test driver, through jvirt-conf's StorageXml facade, and its default pool. */
final class TestStorage {

    private TestStorage() {
    }

    /** libvirt's defaultConnXML pool 'default-pool', before testStoragePoolObjSetDefaults. */
    static final String DEFAULT_POOL_XML = """
            <pool type='dir'>
              <name>default-pool</name>
              <uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>
              <target>
                <path>/default-pool</path>
              </target>
            </pool>
            """;

    static StoragePoolDef parsePool(String xml) {
        return StorageXml.parsePool(xml, UUID::randomUUID);
    }

    /** With {@code validate} (VIR_STORAGE_POOL_DEFINE_VALIDATE) checked against storagepool.rng first. */
    static StoragePoolDef parsePool(String xml, boolean validate) {
        return StorageXml.parsePool(xml, UUID::randomUUID, validate);
    }

    static StoragePoolDef parsePoolElement(Element e) {
        return StorageXml.parsePoolElement(e, UUID::randomUUID);
    }

    /** testStoragePoolObjSetDefaults: 100 GiB, nothing allocated. */
    static StoragePoolDef withDefaults(StoragePoolDef def) {
        return def.withSizes(TestStoragePools.DEFAULT_CAP, 0, TestStoragePools.DEFAULT_CAP);
    }

    /** Adds a pool of the node file or the default node: persistent, running, with its volumes. */
    static TestStoragePools.Pool addNodePool(TestDriver driver, StoragePoolDef def) {
        TestStoragePools pools = driver.storage;
        pools.lock.lock();
        try {
            TestStoragePools.Pool p = pools.add(withDefaults(def), false);
            p.persistent = true;
            p.active = true;
            return p;
        } finally {
            pools.lock.unlock();
        }
    }

    /** testOpenVolumesForPool: a node file volume gets POOLPATH/NAME when it has no path, and its path as key. */
    static void addNodeVolume(TestStoragePools.Pool pool, StorageVolDef vol) {
        String path = vol.path() != null ? vol.path() : pool.def.targetPath() + "/" + vol.name();
        String key = vol.key() != null ? vol.key() : path;
        pool.vols.put(vol.name(), vol.withPathAndKey(path, key));
        pool.allocate(vol.allocation());
    }
}
