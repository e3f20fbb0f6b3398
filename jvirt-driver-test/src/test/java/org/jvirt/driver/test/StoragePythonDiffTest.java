package org.jvirt.driver.test;

import static org.jvirt.driver.test.PythonOracle.t;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.StoragePool;
import org.junit.jupiter.api.Test;

/**
 * The storage calls of test:///default, one sequence through real libvirt 9.0 (python3-libvirt) and through
 * jvirt, compared step by step: result, or (code, domain, message). Skipped with a printed reason when
 * python3-libvirt is absent.
 */
class StoragePythonDiffTest {

    static final String P = "<pool type='dir'><name>pd-pool</name><uuid>11111111-2222-3333-4444-5555555555aa</uuid>"
            + "<target><path>/pd-pool</path></target></pool>";
    static final String V = "<volume><name>v1</name><capacity unit='M'>10</capacity><allocation>4096</allocation></volume>";
    static final String V2 = "<volume><name>v2</name><capacity unit='G'>1</capacity><target><format type='qcow2'/></target></volume>";
    static final String BIG = "<volume><name>big</name><capacity unit='T'>1</capacity></volume>";

    static final String SCRIPT = PythonOracle.PRELUDE + """
            t(lambda: c.storagePoolDefineXML("@P@", 0).name())
            p = c.storagePoolLookupByName("pd-pool")
            t(lambda: p.info())
            t(lambda: p.isActive())
            t(lambda: p.isPersistent())
            t(lambda: p.numOfVolumes())
            t(lambda: p.createXML("@V@", 0))
            t(lambda: p.build(0))
            t(lambda: p.create(0))
            t(lambda: p.create(0))
            t(lambda: p.createXML("@V@", 0).key())
            t(lambda: p.createXML("@V@", 0))
            t(lambda: p.createXML("@V2@", 0).path())
            t(lambda: p.createXML("@BIG@", 0))
            t(lambda: p.createXML("@V2@", 4))
            t(lambda: p.createXML("<pool/>", 4))
            t(lambda: p.createXML("@V2@", 5))
            t(lambda: p.createXMLFrom("@V2@", p.storageVolLookupByName("v1"), 4))
            t(lambda: sorted(p.listVolumes()))
            t(lambda: p.info())
            t(lambda: c.storageVolLookupByKey("/pd-pool/v1").name())
            t(lambda: c.storageVolLookupByPath("/pd-pool/v2").name())
            t(lambda: c.storageVolLookupByPath("/nope"))
            t(lambda: p.storageVolLookupByName("v2").info())
            t(lambda: p.storageVolLookupByName("v2").XMLDesc(0))
            t(lambda: p.storageVolLookupByName("nope"))
            t(lambda: p.storageVolLookupByName("v1").wipe(0))
            t(lambda: p.storageVolLookupByName("v1").resize(1, 0))
            t(lambda: p.createXMLFrom("<volume><name>v3</name><capacity>1</capacity></volume>", p.storageVolLookupByName("v1"), 0).name())
            t(lambda: p.storageVolLookupByName("v3").storagePoolLookupByVolume().name())
            t(lambda: p.storageVolLookupByName("v1").delete(0))
            t(lambda: p.numOfVolumes())
            t(lambda: p.setAutostart(1))
            t(lambda: p.autostart())
            t(lambda: p.refresh(0))
            t(lambda: p.undefine())
            t(lambda: p.delete(0))
            t(lambda: p.destroy())
            t(lambda: p.destroy())
            t(lambda: p.listVolumes())
            t(lambda: p.delete(0))
            t(lambda: p.undefine())
            t(lambda: c.storagePoolLookupByName("pd-pool"))
            t(lambda: c.storagePoolCreateXML("@P@", 0).isPersistent())
            t(lambda: c.storagePoolLookupByName("pd-pool").setAutostart(1))
            t(lambda: c.storagePoolLookupByName("pd-pool").destroy())
            t(lambda: c.storagePoolLookupByName("pd-pool"))
            t(lambda: c.storagePoolDefineXML("<pool type='dir'><name>other</name><target><path>/default-pool</path></target></pool>", 0))
            t(lambda: c.findStoragePoolSources("netfs", "<source><host name='nfs.example'/></source>", 0))
            t(lambda: c.findStoragePoolSources("dir", None, 0))
            t(lambda: c.findStoragePoolSources("bogus", None, 0))
            t(lambda: c.listAllStoragePools(1 << 20))
            """;

    @Test
    void sameAsLibvirt() throws Exception {
        String script = SCRIPT.replace("@P@", P).replace("@V@", V).replace("@V2@", V2).replace("@BIG@", BIG);
        List<String> expected = PythonOracle.run(StoragePythonDiffTest.class, script);
        List<String> a = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            t(a, () -> c.storagePoolDefineXML(P, 0).getName());
            StoragePool pool = c.storagePoolLookupByName("pd-pool");
            t(a, () -> info(pool));
            t(a, () -> pool.isActive());
            t(a, () -> pool.isPersistent());
            t(a, () -> pool.numOfVolumes());
            t(a, () -> pool.storageVolCreateXML(V, 0));
            t(a, () -> { pool.build(0); return 0; });
            t(a, () -> { pool.create(0); return 0; });
            t(a, () -> { pool.create(0); return 0; });
            t(a, () -> pool.storageVolCreateXML(V, 0).getKey());
            t(a, () -> pool.storageVolCreateXML(V, 0));
            t(a, () -> pool.storageVolCreateXML(V2, 0).getPath());
            t(a, () -> pool.storageVolCreateXML(BIG, 0));
            // VALIDATE reaches the volume parser, which refuses it once the document is well-formed
            t(a, () -> pool.storageVolCreateXML(V2, 4));
            t(a, () -> pool.storageVolCreateXML("<pool/>", 4));
            t(a, () -> pool.storageVolCreateXML(V2, 5));
            t(a, () -> pool.storageVolCreateXMLFrom(V2, pool.storageVolLookupByName("v1"), 4));
            // libvirt lists volumes in its hash table's order; names are compared as a set
            t(a, () -> list(pool.listVolumes().stream().sorted().toList()));
            t(a, () -> info(pool));
            t(a, () -> c.storageVolLookupByKey("/pd-pool/v1").getName());
            t(a, () -> c.storageVolLookupByPath("/pd-pool/v2").getName());
            t(a, () -> c.storageVolLookupByPath("/nope"));
            t(a, () -> { var i = pool.storageVolLookupByName("v2").getInfo(); return "[" + i.type() + ", " + i.capacity() + ", " + i.allocation() + "]"; });
            t(a, () -> pool.storageVolLookupByName("v2").getXMLDesc(0));
            t(a, () -> pool.storageVolLookupByName("nope"));
            t(a, () -> { pool.storageVolLookupByName("v1").wipe(0); return 0; });
            t(a, () -> { pool.storageVolLookupByName("v1").resize(1, 0); return 0; });
            t(a, () -> pool.storageVolCreateXMLFrom("<volume><name>v3</name><capacity>1</capacity></volume>",
                    pool.storageVolLookupByName("v1"), 0).getName());
            t(a, () -> pool.storageVolLookupByName("v3").getPool().getName());
            t(a, () -> { pool.storageVolLookupByName("v1").delete(0); return 0; });
            t(a, () -> pool.numOfVolumes());
            t(a, () -> { pool.setAutostart(true); return 0; });
            t(a, () -> pool.getAutostart() ? 1 : 0);
            t(a, () -> { pool.refresh(0); return 0; });
            t(a, () -> { pool.undefine(); return 0; });
            t(a, () -> { pool.delete(0); return 0; });
            t(a, () -> { pool.destroy(); return 0; });
            t(a, () -> { pool.destroy(); return 0; });
            t(a, () -> list(pool.listVolumes()));
            t(a, () -> { pool.delete(0); return 0; });
            t(a, () -> { pool.undefine(); return 0; });
            t(a, () -> c.storagePoolLookupByName("pd-pool"));
            t(a, () -> c.storagePoolCreateXML(P, 0).isPersistent());
            t(a, () -> { c.storagePoolLookupByName("pd-pool").setAutostart(true); return 0; });
            t(a, () -> { c.storagePoolLookupByName("pd-pool").destroy(); return 0; });
            t(a, () -> c.storagePoolLookupByName("pd-pool"));
            t(a, () -> c.storagePoolDefineXML(
                    "<pool type='dir'><name>other</name><target><path>/default-pool</path></target></pool>", 0));
            t(a, () -> c.findStoragePoolSources("netfs", "<source><host name='nfs.example'/></source>", 0));
            t(a, () -> c.findStoragePoolSources("dir", null, 0));
            t(a, () -> c.findStoragePoolSources("bogus", null, 0));
            t(a, () -> c.listAllStoragePools(1 << 20));
        }
        // python prints multi-line results (XML) over several lines, as our list does after the split
        assertThat(String.join("\n", a).lines().toList()).containsExactlyElementsOf(expected);
    }

    private static String info(StoragePool p) {
        var i = p.getInfo();
        return "[" + i.state() + ", " + i.capacity() + ", " + i.allocation() + ", " + i.available() + "]";
    }

    private static String list(List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        return b.append(']').toString();
    }

}
