package org.jvirt.driver.test;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.jvirt.NodeCPUMap;
import org.jvirt.NodeCPUStats;
import org.jvirt.NodeInfo;
import org.jvirt.NodeMemoryStats;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.core.VirErrors;
import org.jvirt.spi.HypervisorDriver;

/** Connection and node entries of the test driver (testConnect*, testNode*). */
interface TestNodeOps extends HypervisorDriver {

    TestDriver driver();

    String SYSINFO = """
            <sysinfo type='smbios'>
              <bios>
                <entry name='vendor'>LENOVO</entry>
                <entry name='version'>G4ETA1WW (2.61 )</entry>
                <entry name='date'>05/07/2014</entry>
                <entry name='release'>2.61</entry>
              </bios>
            </sysinfo>
            """;

    @Override
    default String connectGetType() {
        return "TEST";
    }

    @Override
    default long connectGetVersion() {
        return 2;
    }

    /** virGetHostname: the kernel's node name. */
    @Override
    default String connectGetHostname() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!h.isEmpty()) {
                return h;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "failed to determine host name");
        }
    }

    @Override
    default String connectGetSysinfo(int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testConnectGetSysinfo");
        return SYSINFO;
    }

    @Override
    default int connectGetMaxVcpus(String type) {
        return 32;
    }

    @Override
    default String connectGetCapabilities() {
        return TestCapabilities.format(driver());
    }

    @Override
    default boolean connectIsAlive() {
        return true;
    }

    @Override
    default boolean connectIsSecure() {
        return true;
    }

    @Override
    default boolean connectIsEncrypted() {
        return false;
    }

    @Override
    default NodeInfo nodeGetInfo() {
        return driver().nodeInfo;
    }

    /**
     * testNodeGetCPUMap: libvirt's test driver answers with a fixed map (8 CPUs, 0, 2 and 4 online) whatever
     * the node says; virsh sizes every affinity map by it.
     */
    @Override
    default NodeCPUMap nodeGetCPUMap(int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testNodeGetCPUMap");
        boolean[] online = new boolean[8];
        online[0] = online[2] = online[4] = true;
        return new NodeCPUMap(8, online, 3);
    }

    /** Sum of the cells' free memory, in the unit libvirt's test driver returns (KiB values, unconverted). */
    @Override
    default long nodeGetFreeMemory() {
        long free = 0;
        for (TestDriver.Cell c : driver().cells) {
            free += c.freeKiB();
        }
        return free;
    }

    /** testNodeGetCellsFreeMemory: reports each cell's total memory, as libvirt's test driver does. */
    @Override
    default long[] nodeGetCellsFreeMemory(int startCell, int maxCells) {
        TestDriver.Cell[] cells = driver().cells;
        if (startCell >= cells.length) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "Range exceeds available cells");
        }
        int n = Math.max(0, Math.min(maxCells, cells.length - startCell));
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = cells[startCell + i].memKiB();
        }
        return out;
    }

    @Override
    default NodeCPUStats nodeGetCPUStats(int cpuNum, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testNodeGetCPUStats");
        LinkedHashMap<String, Long> m = new LinkedHashMap<>();
        m.put("user", 9797400000L);
        m.put("kernel", 34678723400000L);
        m.put("idle", 87264900000L);
        m.put("iowait", 763600000L);
        return new NodeCPUStats(m);
    }

    /** Not in libvirt's test driver table: the public layer's error, which libvirt raises under VIR_FROM_DOMAIN. */
    @Override
    default NodeMemoryStats nodeGetMemoryStats(int cellNum, int flags) {
        throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.DOMAIN, "virNodeGetMemoryStats");
    }

    @Override
    default List<String> nodeGetSecurityModel() {
        return List.of("testSecurity", "");
    }
}
