package org.jvirt.driver.test;

import org.jvirt.conf.storage.PoolSourceDef;
import org.jvirt.conf.storage.StoragePoolType;

/** testConnectFindStoragePoolSources's canned answers (defaultPoolSourcesLogicalXML / ...NetFSXML). */
final class TestStorageSources {

    static final String LOGICAL = """
            <sources>
              <source>
                <device path='/dev/sda20'/>
                <name>testvg1</name>
                <format type='lvm2'/>
              </source>
              <source>
                <device path='/dev/sda21'/>
                <name>testvg2</name>
                <format type='lvm2'/>
              </source>
            </sources>
            """;

    private TestStorageSources() {
    }

    /** Unescaped, as libvirt prints the host name with a plain %s. */
    static String netfs(String host) {
        return "<sources>\n  <source>\n    <host name='" + host + "'/>\n    <dir path='/testshare'/>\n"
                + "    <format type='nfs'/>\n  </source>\n</sources>\n";
    }

    /** The first host name of a {@code <source>} specification, parsed as the pool type reads sources. */
    static String host(String srcSpec, StoragePoolType type) {
        PoolSourceDef src = org.jvirt.conf.storage.StorageXml.parseSource(srcSpec, type);
        return src.hosts().isEmpty() ? null : src.hosts().get(0).name();
    }
}
