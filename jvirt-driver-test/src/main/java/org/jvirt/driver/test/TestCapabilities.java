package org.jvirt.driver.test;

/**
 * The capabilities document of libvirt's test driver (testBuildCapabilities): fixed host CPU, pages and guests,
 * a NUMA topology from the driver's cells (cell 1 uses 8 KiB base pages, like libvirt's), one security model.
 * Formatted here because the capabilities model of jvirt-conf was not available when this was written; the
 * text matches `virsh -c test:///default capabilities` byte for byte.
 */
final class TestCapabilities {

    private TestCapabilities() {
    }

    static String format(TestDriver d) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<capabilities>\n\n  <host>\n    <cpu>\n      <arch>i686</arch>\n      <features>\n")
                .append("        <pae/>\n        <nonpae/>\n      </features>\n")
                .append("      <pages unit='KiB' size='4'/>\n      <pages unit='KiB' size='8'/>\n")
                .append("      <pages unit='KiB' size='2048'/>\n      <pages unit='KiB' size='1048576'/>\n")
                .append("    </cpu>\n    <power_management/>\n    <iommu support='no'/>\n    <topology>\n")
                .append("      <cells num='").append(d.cells.length).append("'>\n");
        int cpuId = 0;
        for (int i = 0; i < d.cells.length; i++) {
            TestDriver.Cell c = d.cells[i];
            int page = i == 1 ? 8 : 4;
            sb.append("        <cell id='").append(i).append("'>\n")
                    .append("          <memory unit='KiB'>").append(c.memKiB()).append("</memory>\n")
                    .append("          <pages unit='KiB' size='").append(page).append("'>")
                    .append(c.memKiB() / page).append("</pages>\n")
                    .append("          <pages unit='KiB' size='2048'>0</pages>\n")
                    .append("          <pages unit='KiB' size='1048576'>0</pages>\n")
                    .append("          <cpus num='").append(c.cpus()).append("'>\n");
            for (int j = 0; j < c.cpus(); j++, cpuId++) {
                sb.append("            <cpu id='").append(cpuId).append("' socket_id='").append(i)
                        .append("' die_id='0' core_id='").append(j).append("' siblings='").append(cpuId)
                        .append("'/>\n");
            }
            sb.append("          </cpus>\n        </cell>\n");
        }
        sb.append("      </cells>\n    </topology>\n    <secmodel>\n      <model>testSecurity</model>\n")
                .append("      <doi></doi>\n    </secmodel>\n  </host>\n\n");
        for (String os : new String[] {"hvm", "xen"}) {
            sb.append("  <guest>\n    <os_type>").append(os).append("</os_type>\n    <arch name='i686'>\n")
                    .append("      <wordsize>32</wordsize>\n      <emulator>/usr/bin/test-hv</emulator>\n")
                    .append("      <domain type='test'/>\n    </arch>\n    <features>\n      <pae/>\n")
                    .append("      <nonpae/>\n    </features>\n  </guest>\n\n");
        }
        sb.append("</capabilities>\n");
        return sb.toString();
    }
}
