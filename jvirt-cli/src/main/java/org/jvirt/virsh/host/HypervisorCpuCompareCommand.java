package org.jvirt.virsh.host;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** hypervisor-cpu-compare FILE [--virttype T] [--emulator E] [--arch A] [--machine M] [--error] [--validate]. */
public final class HypervisorCpuCompareCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String file = cmd.string("file");
        String virttype = cmd.string("virttype");
        String emulator = cmd.string("emulator");
        String arch = cmd.string("arch");
        String machine = cmd.string("machine");
        int flags = (cmd.has("error") ? 1 : 0) | (cmd.has("validate") ? 2 : 0);
        String cpu = CpuXmlFiles.extract(file).get(0);
        int result;
        try {
            result = sh.conn().compareHypervisorCPU(emulator, arch, machine, virttype, cpu, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to compare hypervisor CPU with " + file, e);
        }
        return Compared.report(sh, result, file, "the CPU provided by hypervisor on the host");
    }
}
