package org.jvirt.virsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files recorded from real virsh 9.0 (src/test/scripts/record-golden.sh): NAME.cmd (one argument per
 * line) -> NAME.out / NAME.err / NAME.rc. jvirsh must reproduce them byte for byte (CPU-time counters
 * masked). -Djvirt.test.regenerate=true re-records them from the virsh on PATH.
 */
class VirshGoldenTest {

    @TestFactory
    Stream<DynamicTest> golden() throws Exception {
        boolean regen = Boolean.getBoolean("jvirt.test.regenerate");
        return VirshCases.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            VirshCases.skipIfKnown(name);
            if (regen && VirshCases.virshAvailable()) {
                VirshCases.record(name, VirshCases.virsh(name));
            }
            VirshCases.Result want = VirshCases.recorded(name).normalized();
            VirshCases.Result got = VirshCases.jvirsh(name).normalized();
            assertEquals(want.out(), got.out(), name + ": stdout");
            assertEquals(want.err(), got.err(), name + ": stderr");
            assertEquals(want.rc(), got.rc(), name + ": exit status");
        }));
    }
}
