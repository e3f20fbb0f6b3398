package org.jvirt.virsh.host;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * cpu-baseline FILE [--features] [--migratable] (cmdCPUBaseline): the CPUs the file holds (vshExtractCPUDefXMLs)
 * through virConnectBaselineCPU, whose XML is printed as it comes (the test driver computes it over libvirt's CPU
 * map, remote drivers pass the call to the daemon).
 */
public final class CpuBaselineCommand implements Command {

    /** VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES, _MIGRATABLE. */
    private static final int EXPAND_FEATURES = 1;
    private static final int MIGRATABLE = 2;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        java.util.List<String> cpus = CpuXmlFiles.extract(cmd.string("file"));
        int flags = (cmd.has("features") ? EXPAND_FEATURES : 0) | (cmd.has("migratable") ? MIGRATABLE : 0);
        sh.print(sh.conn().baselineCPU(cpus, flags));
        return true;
    }
}
