package org.jvirt.virsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test: the same command scripts run through real virsh (when on PATH) and through jvirsh
 * in-process; stdout, stderr and exit status must be identical. Each script is one invocation, since
 * test:///default state lives per process.
 */
class VirshDiffTest {

    @TestFactory
    Stream<DynamicTest> sameAsVirsh() throws Exception {
        if (!VirshCases.virshAvailable()) {
            System.out.println("VirshDiffTest skipped: no virsh on PATH");
            Assumptions.abort("no virsh on PATH");
        }
        return VirshCases.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            VirshCases.skipIfKnown(name);
            VirshCases.skipIfVirshUnreliable(name);
            VirshCases.Result want = VirshCases.virsh(name).normalized();
            VirshCases.Result got = VirshCases.jvirsh(name).normalized();
            assertEquals(want.out(), got.out(), name + ": stdout");
            assertEquals(want.err(), got.err(), name + ": stderr");
            assertEquals(want.rc(), got.rc(), name + ": exit status");
        }));
    }
}
