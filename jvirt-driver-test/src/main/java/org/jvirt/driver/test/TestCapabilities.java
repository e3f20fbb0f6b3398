package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.caps.CapsDef;
import org.jvirt.conf.caps.CapsXml;

/**
 * The capabilities of libvirt's test driver (testBuildCapabilities) as a {@link CapsDef}: fixed host CPU
 * features, page sizes and guests, a NUMA topology from the driver's cells (cell 1 counts 8 KiB base pages,
 * like libvirt's), one security model. Formatted by jvirt-conf; the text matches
 * `virsh -c test:///default capabilities` byte for byte (DefaultNodeTest).
 */
final class TestCapabilities {

    private static final String ARCH = "i686";
    private static final String EMULATOR = "/usr/bin/test-hv";
    private static final List<Integer> PAGE_SIZES = List.of(4, 8, 2048, 1024 * 1024);

    private TestCapabilities() {
    }

    static String format(TestDriver d) {
        return CapsXml.format(build(d));
    }

    static CapsDef build(TestDriver d) {
        List<CapsDef.Cell> cells = new ArrayList<>();
        int cpuId = 0;
        for (int i = 0; i < d.cells.length; i++) {
            TestDriver.Cell c = d.cells[i];
            // libvirt gives cell 1 the second page size as its base pages, every other cell the first
            int base = PAGE_SIZES.get(i == 1 ? 1 : 0);
            List<CapsDef.PageCount> pages = List.of(new CapsDef.PageCount(base, c.memKiB() / base),
                    new CapsDef.PageCount(PAGE_SIZES.get(2), 0), new CapsDef.PageCount(PAGE_SIZES.get(3), 0));
            List<CapsDef.CellCpu> cpus = new ArrayList<>();
            for (int j = 0; j < c.cpus(); j++, cpuId++) {
                cpus.add(new CapsDef.CellCpu(cpuId, i, 0, j, Integer.toString(cpuId)));
            }
            cells.add(new CapsDef.Cell(i, c.memKiB(), pages, List.of(), cpus));
        }
        CapsDef.Host host = new CapsDef.Host(null, ARCH, List.of("pae", "nonpae"), null, PAGE_SIZES, List.of(),
                false, null, null, cells, List.of(),
                List.of(new CapsDef.SecModel("testSecurity", "", List.of())));
        List<CapsDef.Guest> guests = new ArrayList<>();
        for (String os : List.of("hvm", "xen")) {
            CapsDef.GuestArch arch = new CapsDef.GuestArch(ARCH, 32, EMULATOR, null, List.of(),
                    List.of(CapsDef.GuestDomain.of("test")));
            guests.add(new CapsDef.Guest(os, arch, List.of(CapsDef.Feature.of("pae"), CapsDef.Feature.of("nonpae"))));
        }
        return new CapsDef(host, guests);
    }
}
