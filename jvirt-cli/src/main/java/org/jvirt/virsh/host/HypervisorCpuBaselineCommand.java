package org.jvirt.virsh.host;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** hypervisor-cpu-baseline FILE [--virttype T] [--emulator E] [--arch A] [--machine M] [--features] [--migratable] [--model M]. */
public final class HypervisorCpuBaselineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        org.jvirt.virsh.Opts.exclusive(cmd, "file", "model");
        String file = cmd.string("file");
        String model = cmd.string("model");
        String virttype = cmd.string("virttype");
        String emulator = cmd.string("emulator");
        String arch = cmd.string("arch");
        String machine = cmd.string("machine");
        int flags = (cmd.has("features") ? 1 : 0) | (cmd.has("migratable") ? 2 : 0);
        java.util.List<String> cpus;
        if (file != null) {
            cpus = CpuXmlFiles.extract(file);
        } else if (model != null) {
            cpus = java.util.List.of("<cpu>\n  <model>" + model + "</model>\n</cpu>\n");
        } else {
            sh.error("Either --file or --model must be provided");
            return false;
        }
        sh.print(sh.conn().baselineHypervisorCPU(emulator, arch, machine, virttype, cpus, flags));
        return true;
    }
}
