package org.jvirt.virsh.host;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** cpu-compare FILE [--error] [--validate]: compares a CPU with the host's. */
public final class CpuCompareCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String file = cmd.string("file");
        int flags = (cmd.has("error") ? 1 : 0) | (cmd.has("validate") ? 2 : 0);
        String cpu = CpuXmlFiles.extract(file).get(0);
        int result;
        try {
            result = sh.conn().compareCPU(cpu, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to compare host CPU with " + file, e);
        }
        return Compared.report(sh, result, file, "host CPU");
    }
}
