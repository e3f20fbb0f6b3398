package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.junit.jupiter.api.Test;

/**
 * virConnectBaselineCPU on test:///default through real libvirt 9.0 (python3-libvirt's conn.baselineCPU) and
 * through jvirt: the same XML or the same error, for x86 intersections and model choices, vendors, feature
 * expansion, the other CPU drivers and malformed input.
 */
class CpuBaselinePythonDiffTest {

    private static final String SEP = "\u001e";

    static String host(String arch, String model, String vendor, String... features) {
        StringBuilder b = new StringBuilder("<cpu><arch>" + arch + "</arch>");
        if (model != null) {
            b.append("<model>").append(model).append("</model>");
        }
        if (vendor != null) {
            b.append("<vendor>").append(vendor).append("</vendor>");
        }
        for (String f : features) {
            b.append("<feature name='").append(f).append("'/>");
        }
        return b.append("</cpu>").toString();
    }

    static String x86(String model, String vendor, String... features) {
        return host("x86_64", model, vendor, features);
    }

    /** Each case: flags, then the CPU documents. */
    static final List<List<String>> CASES = List.of(
            List.of("0", x86("Skylake-Client-IBRS", "Intel", "vmx", "pdpe1gb")),
            List.of("1", x86("Skylake-Client-IBRS", "Intel", "vmx", "pdpe1gb")),
            List.of("0", x86("Haswell", null)),
            List.of("1", x86("Haswell", null)),
            List.of("0", x86("Haswell", "Intel"), x86("SandyBridge", "Intel")),
            List.of("1", x86("Haswell", "Intel"), x86("SandyBridge", "Intel")),
            List.of("0", x86("Haswell", null), x86("Opteron_G3", null)),
            List.of("0", x86("Haswell", "Intel"), x86("Opteron_G3", "AMD")),
            List.of("0", x86("Haswell", "AMD")),
            List.of("0", x86("Haswell", "Foo")),
            List.of("0", x86("Haswell", "Intel"), x86("Opteron_G3", "Intel")),
            List.of("0", x86("Skylake-Server", "Intel", "vmx"), x86("Cascadelake-Server", "Intel", "vmx", "invtsc"),
                    x86("Icelake-Server", "Intel")),
            List.of("1", x86("Skylake-Server", "Intel", "vmx"), x86("Cascadelake-Server", "Intel", "vmx", "invtsc"),
                    x86("Icelake-Server", "Intel")),
            List.of("0", x86("EPYC-Rome", "AMD", "svm"), x86("EPYC-Milan", "AMD", "svm")),
            List.of("1", x86("EPYC", "AMD")),
            List.of("0", x86("Icelake-Client", "Intel")),
            List.of("1", x86("Icelake-Client-noTSX", "Intel", "monitor")),
            List.of("0", x86("Broadwell-noTSX", "Intel"), x86("Haswell", "Intel"), x86("Broadwell", "Intel")),
            List.of("0", x86("qemu64", null), x86("kvm64", null)),
            List.of("0", x86("486", null), x86("Opteron_G5", "AMD")),
            List.of("0", x86("Dhyana", "Hygon"), x86("EPYC", null)),
            List.of("0", x86("Penryn", "Intel", "vmx"), x86("Conroe", "Intel", "ssse3", "pdcm")),
            List.of("0", x86("Nope", null)),
            List.of("0", x86("Haswell", null, "nope")),
            List.of("0", x86("Haswell", null, "kvm_pv_unhalt")),
            List.of("0", x86(null, null)),
            List.of("0", "<cpu><model>Haswell</model></cpu>"),
            List.of("0", "<cpu mode='host-model'><arch>x86_64</arch><model>Haswell</model></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><feature name='vmx' policy='disable'/>"
                    + "<topology sockets='1' cores='2' threads='1'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><feature name='vmx'/><feature name='vmx'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><topology sockets='0' cores='1' threads='1'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><microcode version='x'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><signature family='6'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><signature model='1'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><signature family='0' model='1'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><counter name='tsc' frequency='5' scaling='bogus'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><counter name='tsc' frequency='x'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><cache level='1' mode='emulate'/><cache level='2' mode='emulate'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><cache level='9' mode='emulate'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><cache level='x' mode='emulate'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><maxphysaddr/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><maxphysaddr mode='emulate' bits='x'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><topology sockets='1' dies='0' cores='1' threads='1'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><topology sockets='2'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><feature/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell</model><microcode version='0x10'/></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model> Haswell</model></cpu>"),
            List.of("0", "<cpu><arch>x86_64</arch><model>Haswell<!-- c -->-noTSX</model><vendor/></cpu>"),
            List.of("0", "<domain/>"),
            List.of("0", "<cpu xmlns='urn:x'><arch>x86_64</arch><model>Haswell</model></cpu>"),
            List.of("0", "<x:cpu xmlns:x='urn:x'><arch>x86_64</arch><model>Haswell</model></x:cpu>"),
            List.of("0", "garbage"),
            List.of("0", "<cpu><arch>bogus</arch><model>z13</model></cpu>"),
            List.of("0", host("s390x", "z13", null)),
            List.of("0", host("sparc", "x", null)),
            List.of("0", host("ppc64", "POWER9", null)),
            List.of("1", host("ppc64le", "POWER8", "IBM"), host("ppc64le", "POWER8", null)),
            List.of("0", host("ppc64", "POWER9", null), host("ppc64", "POWER8", null)),
            List.of("0", host("ppc64", "POWER9", "Freescale")),
            List.of("0", host("ppc64", "POWER99", null)),
            List.of("0", host("aarch64", "cortex-a57", "ARM", "pmu"), host("aarch64", "cortex-a53", null)),
            List.of("0", host("i686", "pentium3", null), x86("athlon", "AMD")),
            List.of("0", x86("Haswell", null), host("ppc64", "POWER9", null)),
            List.of("0"),
            List.of("2", x86("Haswell", null)),
            List.of("4", x86("Haswell", null)));

    /** Models of each vendor and features the random cases draw from (a spread over CPUID leaves and the MSR). */
    static final List<String> MODELS = List.of("486", "pentium3", "core2duo", "qemu64", "kvm64", "cpu64-rhel6",
            "Conroe", "Nehalem-IBRS", "SandyBridge", "IvyBridge-IBRS", "Haswell-noTSX", "Broadwell-IBRS",
            "Skylake-Client", "Skylake-Server-noTSX-IBRS", "Cascadelake-Server-noTSX", "Icelake-Client",
            "Icelake-Server-noTSX", "Cooperlake", "Snowridge", "athlon", "phenom", "Opteron_G2", "Opteron_G4",
            "Opteron_G5", "EPYC-IBPB", "EPYC-Rome", "EPYC-Milan", "Dhyana");
    static final List<String> FEATURES = List.of("vmx", "svm", "pdpe1gb", "invtsc", "monitor", "avx512f", "aes",
            "ssse3", "x2apic", "hle", "rtm", "pcid", "md-clear", "ibrs-all", "sse4a", "tsc-deadline", "xsaves",
            "rdseed", "umip", "arch-capabilities", "abm", "cmov");

    /** Same-vendor-or-unnamed pools drawn with a fixed seed: intersections that exercise the model choice. */
    static List<List<String>> randomCases() {
        java.util.Random r = new java.util.Random(9_000);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<String> c = new ArrayList<>(List.of(String.valueOf(r.nextInt(2))));
            String vendor = r.nextBoolean() ? null : r.nextBoolean() ? "Intel" : "AMD";
            for (int n = 1 + r.nextInt(3); n > 0; n--) {
                List<String> f = new ArrayList<>();
                for (int k = r.nextInt(5); k > 0; k--) {
                    String name = FEATURES.get(r.nextInt(FEATURES.size()));
                    if (!f.contains(name)) {
                        f.add(name);
                    }
                }
                c.add(x86(MODELS.get(r.nextInt(MODELS.size())), vendor, f.toArray(String[]::new)));
            }
            out.add(c);
        }
        return out;
    }

    static final String SCRIPT = PythonOracle.PRELUDE + """
            import sys
            for case in sys.argv[1:]:
                parts = case.split("\\x1e")
                t(lambda: c.baselineCPU(parts[1:], int(parts[0])).replace("\\n", "|"))
            """;

    @Test
    void sameAsLibvirt() throws Exception {
        List<List<String>> cases = new ArrayList<>(CASES);
        cases.addAll(randomCases());
        List<String> args = cases.stream().map(c -> String.join(SEP, c)).toList();
        List<String> expected = PythonOracle.run(getClass(), SCRIPT, args.toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            for (List<String> cs : cases) {
                PythonOracle.t(actual, () -> c.baselineCPU(cs.subList(1, cs.size()), Integer.parseInt(cs.getFirst()))
                        .replace("\n", "|"));
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
