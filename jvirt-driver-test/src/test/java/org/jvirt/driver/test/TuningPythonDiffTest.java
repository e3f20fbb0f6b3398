package org.jvirt.driver.test;

import static org.jvirt.driver.test.PythonOracle.t;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainFSInfo;
import org.jvirt.DomainIOThreadInfo;
import org.jvirt.DomainInterface;
import org.jvirt.TypedParameter;
import org.junit.jupiter.api.Test;

/**
 * The tuning, guest, IOThread and statistics calls through real libvirt 9.0 (python3-libvirt, test:///default)
 * and through jvirt's public API, step by step: results in one canonical text, errors as (code, domain,
 * message). Skipped with a printed reason when python3-libvirt is absent.
 */
class TuningPythonDiffTest {

    static final String X = "<domain type='test'><name>tp</name><uuid>11111111-2222-3333-4444-777777777777</uuid>"
            + "<memory>1048576</memory><vcpu>2</vcpu><os><type>hvm</type></os><devices>"
            + "<disk type='file' device='disk'><source file='/x'/><target dev='vdb'/></disk>"
            + "<interface type='user'><mac address='52:54:00:11:22:33'/></interface></devices></domain>";

    static final String SCRIPT = PythonOracle.PRELUDE + """
            def cpus(m):
                return ",".join(str(i) for i, b in enumerate(m) if b)
            X = "@X@"
            t(lambda: c.defineXMLFlags(X, 0).name())
            d = c.lookupByName("tp")
            t(lambda: d.create())
            t(lambda: kv(d.memoryParameters(0)))
            t(lambda: d.setMemoryParameters({"hard_limit": 1024000}, 0))
            t(lambda: kv(d.memoryParameters(0)))
            t(lambda: d.setMemoryParameters({"hard_limit": 5000, "swap_hard_limit": 4000}, 0))
            t(lambda: kv(d.memoryParameters(2)))
            t(lambda: d.setBlkioParameters({"weight": 500, "device_weight": "/dev/sda,300"}, 0))
            t(lambda: kv(d.blkioParameters(0)))
            t(lambda: d.setNumaParameters({"numa_nodeset": "0-1"}, 0))
            t(lambda: kv(d.numaParameters(0)))
            t(lambda: d.setNumaParameters({"numa_mode": 2}, 0))
            t(lambda: d.setPerfEvents({"cmt": True}, 0))
            t(lambda: kv(d.perfEvents(0)))
            t(lambda: d.setLifecycleAction(0, 3, 0))
            t(lambda: d.setLifecycleAction(1, 4, 0))
            t(lambda: d.pinEmulator((True, False, True), 0))
            t(lambda: cpus(d.emulatorPinInfo(0)))
            t(lambda: d.addIOThread(5, 0))
            t(lambda: d.addIOThread(5, 0))
            t(lambda: d.pinIOThread(5, (False, True, True), 0))
            t(lambda: [(i, cpus(m)) for i, m in d.ioThreadInfo(0)])
            t(lambda: d.setIOThreadParams(5, {"poll_grow": 2}, 1))
            t(lambda: d.delIOThread(5, 0))
            t(lambda: d.delIOThread(5, 0))
            t(lambda: [(r[0].name(), kv(r[1])) for r in c.domainListGetStats([d], 0, 0)])
            t(lambda: d.fsFreeze(["/"], 0))
            t(lambda: d.fsThaw(None, 0))
            t(lambda: d.fSTrim("/x", 0, 0))
            t(lambda: d.fsInfo(0))
            t(lambda: [(n, v["hwaddr"], [(a["type"], a["addr"], a["prefix"]) for a in v["addrs"]]) for n, v in sorted(d.interfaceAddresses(0, 0).items())])
            t(lambda: [kv(s) for s in d.getCPUStats(True, 0)])
            t(lambda: kv(d.getCPUStats(False, 0)[0]))
            t(lambda: d.injectNMI(0))
            t(lambda: d.sendKey(0, 0, [30, 999], 2, 0))
            t(lambda: d.sendProcessSignal(2, 9, 0))
            t(lambda: d.setUserPassword("root", "pw", 0))
            t(lambda: d.pMWakeup(0))
            t(lambda: d.abortJob())
            t(lambda: d.launchSecurityInfo(0))
            t(lambda: d.rename("tp2", 0))
            t(lambda: d.destroy())
            t(lambda: d.rename("tp2", 0))
            t(lambda: c.lookupByName("tp2").name())
            t(lambda: c.lookupByName("tp2").undefine())
            """;

    @Test
    void sameAsLibvirt() throws Exception {
        List<String> expected = PythonOracle.run(TuningPythonDiffTest.class, SCRIPT.replace("@X@", X));

        List<String> a = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            t(a, () -> c.domainDefineXML(X, 0).getName());
            Domain d = c.domainLookupByName("tp");
            t(a, () -> { d.create(); return 0; });
            t(a, () -> kv(d.getMemoryParameters(0)));
            t(a, () -> { d.setMemoryParameters(List.of(new TypedParameter.ULLong("hard_limit", 1024000)), 0); return 0; });
            t(a, () -> kv(d.getMemoryParameters(0)));
            t(a, () -> { d.setMemoryParameters(List.of(new TypedParameter.ULLong("hard_limit", 5000),
                    new TypedParameter.ULLong("swap_hard_limit", 4000)), 0); return 0; });
            t(a, () -> kv(d.getMemoryParameters(2)));
            t(a, () -> { d.setBlkioParameters(List.of(new TypedParameter.UInt("weight", 500),
                    new TypedParameter.Str("device_weight", "/dev/sda,300")), 0); return 0; });
            t(a, () -> kv(d.getBlkioParameters(0)));
            t(a, () -> { d.setNumaParameters(List.of(new TypedParameter.Str("numa_nodeset", "0-1")), 0); return 0; });
            t(a, () -> kv(d.getNumaParameters(0)));
            t(a, () -> { d.setNumaParameters(List.of(new TypedParameter.Int("numa_mode", 2)), 0); return 0; });
            t(a, () -> { d.setPerfEvents(List.of(new TypedParameter.Boolean("cmt", true)), 0); return 0; });
            t(a, () -> kv(d.getPerfEvents(0)));
            t(a, () -> { d.setLifecycleAction(0, 3, 0); return 0; });
            t(a, () -> { d.setLifecycleAction(1, 4, 0); return 0; });
            t(a, () -> { d.pinEmulator(new boolean[] {true, false, true}, 0); return 0; });
            t(a, () -> cpus(d.getEmulatorPinInfo(0)));
            t(a, () -> { d.addIOThread(5, 0); return 0; });
            t(a, () -> { d.addIOThread(5, 0); return 0; });
            t(a, () -> { d.pinIOThread(5, new boolean[] {false, true, true}, 0); return 0; });
            t(a, () -> {
                List<String> rows = new ArrayList<>();
                for (DomainIOThreadInfo i : d.getIOThreadInfo(0)) {
                    rows.add("(" + i.iothreadId() + ", '" + cpus(i.cpumap()) + "')");
                }
                return "[" + String.join(", ", rows) + "]";
            });
            t(a, () -> { d.setIOThreadParams(5, List.of(new TypedParameter.UInt("poll_grow", 2)), 1); return 0; });
            t(a, () -> { d.delIOThread(5, 0); return 0; });
            t(a, () -> { d.delIOThread(5, 0); return 0; });
            t(a, () -> {
                List<String> rows = new ArrayList<>();
                for (var r : c.domainListGetStats(List.of(d), 0, 0)) {
                    rows.add("('" + r.dom().name() + "', '" + kv(r.params()) + "')");
                }
                return "[" + String.join(", ", rows) + "]";
            });
            t(a, () -> d.fsFreeze(List.of("/"), 0));
            t(a, () -> d.fsThaw(List.of(), 0));
            t(a, () -> { d.fsTrim("/x", 0, 0); return 0; });
            t(a, () -> {
                List<String> rows = new ArrayList<>();
                for (DomainFSInfo f : d.getFSInfo(0)) {
                    rows.add("('" + f.mountpoint() + "', '" + f.name() + "', '" + f.fstype() + "', ['"
                            + String.join("', '", f.devAliases()) + "'])");
                }
                return "[" + String.join(", ", rows) + "]";
            });
            t(a, () -> {
                List<String> rows = new ArrayList<>();
                List<DomainInterface> ifs = new ArrayList<>(d.interfaceAddresses(0, 0));
                ifs.sort(Comparator.comparing(DomainInterface::name));
                for (DomainInterface i : ifs) {
                    List<String> addrs = new ArrayList<>();
                    for (DomainInterface.Address ad : i.addrs()) {
                        addrs.add("(" + ad.type() + ", '" + ad.addr() + "', " + ad.prefix() + ")");
                    }
                    rows.add("('" + i.name() + "', '" + i.hwaddr() + "', [" + String.join(", ", addrs) + "])");
                }
                return "[" + String.join(", ", rows) + "]";
            });
            t(a, () -> "['" + kv(d.getCPUStatsTotal(0)) + "']");
            t(a, () -> kv(d.getCPUStats(0, 1, 0).get(0)));
            t(a, () -> { d.injectNMI(0); return 0; });
            t(a, () -> { d.sendKey(0, 0, new int[] {30, 999}, 0); return 0; });
            t(a, () -> { d.sendProcessSignal(2, 9, 0); return 0; });
            t(a, () -> { d.setUserPassword("root", "pw", 0); return 0; });
            t(a, () -> { d.pmWakeup(0); return 0; });
            t(a, () -> { d.abortJob(); return 0; });
            t(a, () -> d.getLaunchSecurityInfo(0));
            t(a, () -> d.rename("tp2", 0).getName());
            t(a, () -> { d.destroy(); return 0; });
            t(a, () -> { d.rename("tp2", 0); return 0; });
            t(a, () -> c.domainLookupByName("tp2").getName());
            t(a, () -> { c.domainLookupByName("tp2").undefine(0); return 0; });
        }
        assertThat(a).containsExactlyElementsOf(expected);
    }

    private static String kv(List<TypedParameter> params) {
        return PythonOracle.kv(params, false);
    }

    private static String cpus(boolean[] map) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < map.length; i++) {
            if (map[i]) {
                out.add(Integer.toString(i));
            }
        }
        return String.join(",", out);
    }

}
