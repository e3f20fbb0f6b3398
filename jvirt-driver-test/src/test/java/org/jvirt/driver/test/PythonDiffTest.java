package org.jvirt.driver.test;

import static org.jvirt.driver.test.PythonOracle.t;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.junit.jupiter.api.Test;

/**
 * Runs one call sequence through real libvirt 9.0 (python3-libvirt, test:///default) and through jvirt, and
 * compares each step's result or (code, domain, message). Skipped with a printed reason when python3-libvirt
 * is absent.
 */
class PythonDiffTest {

    static final String X = "<domain type='test'><name>pd</name><uuid>11111111-2222-3333-4444-555555555555</uuid>"
            + "<memory>1024</memory><os><type>hvm</type></os></domain>";

    static final String SCRIPT = PythonOracle.PRELUDE + """
            X = "@X@"
            t(lambda: c.defineXMLFlags(X, 0).name())
            d = c.lookupByName("pd")
            t(lambda: d.suspend())
            t(lambda: d.create())
            t(lambda: d.ID())
            t(lambda: d.create())
            t(lambda: d.suspend())
            t(lambda: d.suspend())
            t(lambda: d.resume())
            t(lambda: d.shutdownFlags(1))
            t(lambda: d.shutdown())
            t(lambda: d.state())
            t(lambda: d.destroy())
            t(lambda: d.setMemoryFlags(2048, 0))
            t(lambda: d.setMemoryFlags(512, 0))
            t(lambda: d.info()[:4])
            t(lambda: d.hostname())
            t(lambda: d.undefineFlags(8))
            t(lambda: d.undefine())
            t(lambda: d.undefine())
            t(lambda: c.lookupByName("pd"))
            """;

    @Test
    void sameAsLibvirt() throws Exception {
        List<String> expected = PythonOracle.run(PythonDiffTest.class, SCRIPT.replace("@X@", X));

        List<String> actual = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            t(actual, () -> c.domainDefineXML(X, 0).getName());
            Domain d = c.domainLookupByName("pd");
            t(actual, () -> { d.suspend(); return 0; });
            t(actual, () -> { d.create(); return 0; });
            t(actual, () -> c.domainLookupByName("pd").getID());
            t(actual, () -> { d.create(); return 0; });
            t(actual, () -> { d.suspend(); return 0; });
            t(actual, () -> { d.suspend(); return 0; });
            t(actual, () -> { d.resume(); return 0; });
            t(actual, () -> { d.shutdown(1); return 0; });
            t(actual, () -> { d.shutdown(0); return 0; });
            t(actual, () -> "[" + d.getState(0).state().value() + ", " + d.getState(0).reason() + "]");
            t(actual, () -> { d.destroy(0); return 0; });
            t(actual, () -> { d.setMemory(2048, 0); return 0; });
            t(actual, () -> { d.setMemory(512, 0); return 0; });
            t(actual, () -> { var i = d.getInfo(); return "[" + i.state().value() + ", " + i.maxMem() + ", " + i.memory() + ", " + i.nrVirtCpu() + "]"; });
            t(actual, () -> d.getHostname(0));
            t(actual, () -> { d.undefine(8); return 0; });
            t(actual, () -> { d.undefine(0); return 0; });
            t(actual, () -> { d.undefine(0); return 0; });
            t(actual, () -> c.domainLookupByName("pd"));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

}
