package org.jvirt.driver.test;

import static org.jvirt.driver.test.PythonOracle.t;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Interface;
import org.junit.jupiter.api.Test;

/**
 * The host interface calls of test:///default, one sequence through real libvirt 9.0 (python3-libvirt) and
 * through jvirt, compared step by step: result, or (code, domain, message). Covers lookups by name and MAC
 * (case, duplicates), lifecycle, undefine of a running interface, the transaction (begin/commit/rollback and
 * the all-inactive state a rollback leaves) and flag checks. Skipped with a printed reason when python3-libvirt
 * is absent.
 */
class InterfacePythonDiffTest {

    static final String A = "<interface type='ethernet' name='pd0'><mac address='52:54:00:00:00:01'/></interface>";
    static final String B = "<interface type='ethernet' name='pd1'><mac address='52:54:00:00:00:01'/></interface>";
    static final String BR = "<interface type='bridge' name='pdbr'><bridge><interface type='ethernet' name='pd2'/>"
            + "</bridge></interface>";

    static final String SCRIPT = PythonOracle.PRELUDE + """
            t(lambda: c.numOfInterfaces())
            t(lambda: c.numOfDefinedInterfaces())
            t(lambda: c.listInterfaces())
            t(lambda: c.listDefinedInterfaces())
            t(lambda: c.interfaceLookupByName("eth1").MACString())
            t(lambda: c.interfaceLookupByMACString("AA:BB:CC:DD:EE:FF").name())
            t(lambda: c.interfaceLookupByMACString("AA:BB:CC:DD:EE:FF").MACString())
            t(lambda: c.interfaceLookupByName("nope"))
            t(lambda: c.interfaceLookupByMACString("00:00:00:00:00:00"))
            t(lambda: c.interfaceDefineXML("@A@", 0).name())
            t(lambda: c.interfaceDefineXML("@B@", 0).name())
            t(lambda: c.interfaceLookupByMACString("52:54:00:00:00:01"))
            t(lambda: c.interfaceDefineXML("@BR@", 0).MACString())
            t(lambda: c.interfaceDefineXML("@A@", 2))
            t(lambda: c.interfaceDefineXML("<interface/>", 0))
            t(lambda: sorted(i.name() for i in c.listAllInterfaces(0)))
            t(lambda: sorted(i.name() for i in c.listAllInterfaces(1)))
            t(lambda: sorted(i.name() for i in c.listAllInterfaces(2)))
            t(lambda: c.listAllInterfaces(4))
            i = c.interfaceLookupByName("pd0")
            t(lambda: i.isActive())
            t(lambda: i.destroy(0))
            t(lambda: i.create(0))
            t(lambda: i.create(0))
            t(lambda: i.isActive())
            t(lambda: i.create(1))
            t(lambda: i.XMLDesc(0))
            t(lambda: i.XMLDesc(1))
            t(lambda: i.undefine())
            t(lambda: i.isActive())
            t(lambda: i.undefine())
            t(lambda: c.changeCommit(0))
            t(lambda: c.changeRollback(0))
            t(lambda: c.changeBegin(1))
            t(lambda: c.changeBegin(0))
            t(lambda: c.changeBegin(0))
            t(lambda: c.interfaceLookupByName("pd1").undefine())
            t(lambda: c.interfaceLookupByName("pdbr").create(0))
            t(lambda: c.changeRollback(0))
            t(lambda: sorted(i.name() for i in c.listAllInterfaces(1)))
            t(lambda: c.numOfInterfaces())
            t(lambda: c.changeBegin(0))
            t(lambda: c.interfaceLookupByName("eth1").create(0))
            t(lambda: c.changeCommit(0))
            t(lambda: c.listInterfaces())
            t(lambda: c.changeCommit(0))
            """;

    @Test
    void sameAsLibvirt() throws Exception {
        String script = SCRIPT.replace("@A@", A).replace("@B@", B).replace("@BR@", BR);
        List<String> expected = PythonOracle.run(InterfacePythonDiffTest.class, script);
        List<String> a = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            t(a, () -> c.numOfInterfaces());
            t(a, () -> c.numOfDefinedInterfaces());
            t(a, () -> list(c.listInterfaces()));
            t(a, () -> list(c.listDefinedInterfaces()));
            t(a, () -> c.interfaceLookupByName("eth1").getMACString());
            t(a, () -> c.interfaceLookupByMACString("AA:BB:CC:DD:EE:FF").getName());
            t(a, () -> c.interfaceLookupByMACString("AA:BB:CC:DD:EE:FF").getMACString());
            t(a, () -> c.interfaceLookupByName("nope"));
            t(a, () -> c.interfaceLookupByMACString("00:00:00:00:00:00"));
            t(a, () -> c.interfaceDefineXML(A, 0).getName());
            t(a, () -> c.interfaceDefineXML(B, 0).getName());
            t(a, () -> c.interfaceLookupByMACString("52:54:00:00:00:01"));
            t(a, () -> c.interfaceDefineXML(BR, 0).getMACString());
            t(a, () -> c.interfaceDefineXML(A, 2));
            t(a, () -> c.interfaceDefineXML("<interface/>", 0));
            t(a, () -> names(c.listAllInterfaces(0)));
            t(a, () -> names(c.listAllInterfaces(1)));
            t(a, () -> names(c.listAllInterfaces(2)));
            t(a, () -> c.listAllInterfaces(4));
            Interface i = c.interfaceLookupByName("pd0");
            t(a, () -> i.isActive());
            t(a, () -> { i.destroy(0); return 0; });
            t(a, () -> { i.create(0); return 0; });
            t(a, () -> { i.create(0); return 0; });
            t(a, () -> i.isActive());
            t(a, () -> { i.create(1); return 0; });
            t(a, () -> i.getXMLDesc(0));
            t(a, () -> i.getXMLDesc(1));
            t(a, () -> { i.undefine(); return 0; });
            t(a, () -> i.isActive());
            t(a, () -> { i.undefine(); return 0; });
            t(a, () -> { c.interfaceChangeCommit(0); return 0; });
            t(a, () -> { c.interfaceChangeRollback(0); return 0; });
            t(a, () -> { c.interfaceChangeBegin(1); return 0; });
            t(a, () -> { c.interfaceChangeBegin(0); return 0; });
            t(a, () -> { c.interfaceChangeBegin(0); return 0; });
            t(a, () -> { c.interfaceLookupByName("pd1").undefine(); return 0; });
            t(a, () -> { c.interfaceLookupByName("pdbr").create(0); return 0; });
            t(a, () -> { c.interfaceChangeRollback(0); return 0; });
            t(a, () -> names(c.listAllInterfaces(1)));
            t(a, () -> c.numOfInterfaces());
            t(a, () -> { c.interfaceChangeBegin(0); return 0; });
            t(a, () -> { c.interfaceLookupByName("eth1").create(0); return 0; });
            t(a, () -> { c.interfaceChangeCommit(0); return 0; });
            t(a, () -> list(c.listInterfaces()));
            t(a, () -> { c.interfaceChangeCommit(0); return 0; });
        }
        assertThat(String.join("\n", a).lines().toList()).containsExactlyElementsOf(expected);
    }

    private static String names(List<Interface> ifaces) {
        return list(ifaces.stream().map(Interface::getName).sorted().toList());
    }

    static String list(List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        return b.append(']').toString();
    }

}
