package org.jvirt.driver.test;

import java.util.List;
import org.jvirt.conf.caps.VirArch;
import org.jvirt.core.VirErrors;
import org.jvirt.core.cpu.CpuBaseline;
import org.jvirt.core.cpu.CpuDrivers;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.HypervisorDriver;

/**
 * The host entries the test driver fills beyond node info: free pages (testNodeGetFreePages: made-up counts,
 * the same sequence for any request), CPU model names (virCPUGetModels over libvirt's cpu_map) and CPU baselines
 * (virCPUBaseline over the same map). Page allocation, memory tuning, suspend, SEV, CPU comparison and native
 * configs stay unsupported, as in libvirt 9.0.
 */
interface TestHostOps extends HypervisorDriver {

    /** VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES; _MIGRATABLE is refused, as libvirt's test driver does. */
    int BASELINE_EXPAND_FEATURES = 1;

    @Override
    default org.jvirt.NodeFreePages nodeGetFreePages(int[] pages, int startCell, int cellCount, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testNodeGetFreePages");
        long[] counts = new long[pages.length * cellCount];
        long x = 6;
        for (int i = 0; i < counts.length; i++) {
            x = x * 2 + 7;
            counts[i] = x;
        }
        // libvirt 9.0 returns 0 here, not the number of counts
        return new org.jvirt.NodeFreePages(0, counts);
    }

    @Override
    default List<String> connectGetCPUModelNames(String arch, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testConnectGetCPUModelNames");
        if (!VirArch.known(arch)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "cannot find architecture %s", arch);
        }
        return CpuDrivers.modelNames(arch);
    }

    @Override
    default String connectBaselineCPU(List<String> xmlCPUs, int flags) {
        VirErrors.checkFlags(flags, BASELINE_EXPAND_FEATURES, ErrorDomain.TEST, "testConnectBaselineCPU");
        return CpuBaseline.baseline(xmlCPUs, (flags & BASELINE_EXPAND_FEATURES) != 0);
    }
}
