package org.jvirt.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files of the CPU baseline, recorded from real libvirt 9.0's test driver
 * (src/test/scripts/cpubaseline-oracle.py): cpubaseline/NAME.xml holds one or more host {@code <cpu>} documents,
 * NAME.out.xml the baseline (features expanded when NAME contains "-features"), or NAME.err the refusal as three
 * lines (error code, error domain, message). -Djvirt.test.regenerate=true rewrites them from jvirt's output.
 */
class CpuBaselineTest {

    private static final Path DIR = Path.of("src/test/resources/cpubaseline");
    private static final Pattern CPU = Pattern.compile("<cpu\\b.*?</cpu>", Pattern.DOTALL);

    static final List<String> CASES = List.of("skylake-extras", "skylake-extras-features", "intel-pool",
            "intel-pool-features", "intel-generations", "same-model-extras", "no-vendor-mixed", "amd-pool",
            "amd-pool-features", "icelake-removed-features", "first-vendor-overrides-model", "hygon-epyc", "i686-old",
            "ppc64-power9", "arm-first-model", "err-vendors-differ", "err-model-vendor", "err-unknown-vendor",
            "err-unknown-model", "err-unknown-feature", "err-s390x", "err-sparc", "err-ppc64-models-differ",
            "err-ppc64-vendor", "err-no-model", "err-no-arch", "err-unknown-arch", "err-guest-mode",
            "err-feature-twice", "err-topology-zero");

    @TestFactory
    Stream<DynamicTest> baselines() {
        boolean regen = Boolean.getBoolean("jvirt.test.regenerate");
        return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String input = Files.readString(DIR.resolve(name + ".xml"));
            List<String> cpus = CPU.matcher(input).results().map(m -> m.group()).toList();
            String got;
            boolean failed = false;
            try {
                got = CpuBaseline.baseline(cpus, name.contains("-features"));
            } catch (VirtException e) {
                failed = true;
                got = e.code().value() + "\n" + e.domain().value() + "\n" + e.getMessage() + "\n";
            }
            Path expected = DIR.resolve(name + (failed ? ".err" : ".out.xml"));
            if (regen) {
                Files.deleteIfExists(DIR.resolve(name + ".err"));
                Files.deleteIfExists(DIR.resolve(name + ".out.xml"));
                Files.writeString(expected, got, StandardCharsets.UTF_8);
            }
            assertEquals(read(DIR.resolve(name + ".out.xml")) + read(DIR.resolve(name + ".err")), got, name);
        }));
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }
}
