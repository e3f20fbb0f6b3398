package org.jvirt.driver.test;

import static org.jvirt.driver.test.PythonOracle.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.junit.jupiter.api.Test;

/**
 * Disk I/O throttling (virDomainSetBlockIoTune / GetBlockIoTune) through real libvirt 9.0 (python3-libvirt,
 * test:///default) and through jvirt, step by step: the parameters set, the resulting {@code <iotune>}, and
 * errors as (code, domain, message), including the test driver's checks. Skipped when python3-libvirt is absent.
 */
class BlockIoTunePythonDiffTest {

    static final String X = "<domain type='test'><name>bt</name><uuid>11111111-2222-3333-4444-777777777779</uuid>"
            + "<memory>1048576</memory><os><type>hvm</type></os><devices>"
            + "<disk type='file' device='disk'><source file='/x.img'/><target dev='vda'/>"
            + "<iotune><read_bytes_sec>10</read_bytes_sec><read_bytes_sec_max>20</read_bytes_sec_max></iotune></disk>"
            + "</devices></domain>";

    static final String SCRIPT = PythonOracle.PRELUDE + """
            t(lambda: c.defineXMLFlags("@X@", 0).name())
            d = c.lookupByName("bt")
            t(lambda: kv(d.blockIoTune("vda", 0), True))
            t(lambda: kv(d.blockIoTune("/x.img", 0), True))
            t(lambda: kv(d.blockIoTune("vdz", 0), True))
            t(lambda: d.setBlockIoTune("vdz", {"total_bytes_sec": 1}, 0))
            t(lambda: d.setBlockIoTune("vda", {"total_bytes_sec": 1, "total_bytes_sec_max": 2}, 0))
            t(lambda: d.setBlockIoTune("vda", {"read_bytes_sec": 0, "read_bytes_sec_max": 0, "total_bytes_sec": 1, "total_bytes_sec_max": 2}, 0))
            t(lambda: block(d.XMLDesc(0), "iotune"))
            t(lambda: d.setBlockIoTune("vda", {"total_iops_sec": 1, "total_iops_sec_max": 2, "write_iops_sec": 1, "write_iops_sec_max": 1}, 0))
            t(lambda: d.setBlockIoTune("vda", {"total_iops_sec_max": 1, "write_iops_sec_max": 1}, 0))
            t(lambda: d.setBlockIoTune("vda", {"total_bytes_sec_max": 1, "read_bytes_sec_max": 1}, 0))
            t(lambda: d.setBlockIoTune("vda", {"read_iops_sec": 5}, 0))
            t(lambda: d.setBlockIoTune("vda", {"write_bytes_sec": 7}, 0))
            t(lambda: d.setBlockIoTune("vda", {"size_iops_sec": 1000000000000001}, 0))
            t(lambda: d.setBlockIoTune("vda", {"size_iops_sec": 1000000000000000, "group_name": "grp", "read_iops_sec_max_length": 4}, 0))
            t(lambda: kv(d.blockIoTune("vda", 0), True))
            t(lambda: block(d.XMLDesc(0), "iotune"))
            t(lambda: d.setBlockIoTune("vda", {"read_iops_sec": 5}, 3))
            t(lambda: d.setBlockIoTune("vda", {"read_iops_sec": 5}, 8))
            t(lambda: kv(d.blockIoTune("vda", 8), True))
            t(lambda: d.create())
            t(lambda: d.setBlockIoTune("vda", {"total_bytes_sec": 0, "total_bytes_sec_max": 0, "size_iops_sec": 0, "group_name": "", "read_iops_sec_max_length": 0}, 1))
            t(lambda: block(d.XMLDesc(0), "iotune"))
            t(lambda: kv(d.blockIoTune("vda", 2), True))
            t(lambda: d.destroy())
            t(lambda: d.undefine())
            """;

    @Test
    void sameAsLibvirt() throws Exception {
        List<String> expected = PythonOracle.run(BlockIoTunePythonDiffTest.class, SCRIPT.replace("@X@", X));
                List<String> a = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            t(a, () -> c.domainDefineXML(X, 0).getName());
            Domain d = c.domainLookupByName("bt");
            t(a, () -> PythonOracle.kv(d.getBlockIoTune("vda", 0), true));
            t(a, () -> PythonOracle.kv(d.getBlockIoTune("/x.img", 0), true));
            t(a, () -> PythonOracle.kv(d.getBlockIoTune("vdz", 0), true));
            t(a, () -> set(d, "vdz", 0, "total_bytes_sec", 1L));
            t(a, () -> set(d, "vda", 0, "total_bytes_sec", 1L, "total_bytes_sec_max", 2L));
            t(a, () -> set(d, "vda", 0, "read_bytes_sec", 0L, "read_bytes_sec_max", 0L, "total_bytes_sec", 1L,
                    "total_bytes_sec_max", 2L));
            t(a, () -> PythonOracle.block(d.getXMLDesc(0), "iotune"));
            t(a, () -> set(d, "vda", 0, "total_iops_sec", 1L, "total_iops_sec_max", 2L, "write_iops_sec", 1L,
                    "write_iops_sec_max", 1L));
            t(a, () -> set(d, "vda", 0, "total_iops_sec_max", 1L, "write_iops_sec_max", 1L));
            t(a, () -> set(d, "vda", 0, "total_bytes_sec_max", 1L, "read_bytes_sec_max", 1L));
            t(a, () -> set(d, "vda", 0, "read_iops_sec", 5L));
            t(a, () -> set(d, "vda", 0, "write_bytes_sec", 7L));
            t(a, () -> set(d, "vda", 0, "size_iops_sec", 1000000000000001L));
            t(a, () -> set(d, "vda", 0, "size_iops_sec", 1000000000000000L, "group_name", "grp",
                    "read_iops_sec_max_length", 4L));
            t(a, () -> PythonOracle.kv(d.getBlockIoTune("vda", 0), true));
            t(a, () -> PythonOracle.block(d.getXMLDesc(0), "iotune"));
            t(a, () -> set(d, "vda", 3, "read_iops_sec", 5L));
            t(a, () -> set(d, "vda", 8, "read_iops_sec", 5L));
            t(a, () -> PythonOracle.kv(d.getBlockIoTune("vda", 8), true));
            t(a, () -> { d.create(); return 0; });
            t(a, () -> set(d, "vda", 1, "total_bytes_sec", 0L, "total_bytes_sec_max", 0L, "size_iops_sec", 0L,
                    "group_name", "", "read_iops_sec_max_length", 0L));
            t(a, () -> PythonOracle.block(d.getXMLDesc(0), "iotune"));
            t(a, () -> PythonOracle.kv(d.getBlockIoTune("vda", 2), true));
            t(a, () -> { d.destroy(0); return 0; });
            t(a, () -> { d.undefine(0); return 0; });
        }
        assertThat(a).containsExactlyElementsOf(expected);
    }

    private static Object set(Domain d, String disk, int flags, Object... kv) {
        // python3-libvirt's binding asks the getter first (for the parameters' types): its errors come first
        d.getBlockIoTune(disk, flags);
        List<TypedParameter> params = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.add(kv[i + 1] instanceof String v ? new TypedParameter.Str((String) kv[i], v)
                    : new TypedParameter.ULLong((String) kv[i], (Long) kv[i + 1]));
        }
        d.setBlockIoTune(disk, params, flags);
        return 0;
    }

}
