package org.jvirt.virsh.host;

import java.util.List;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** cpu-models ARCH: the CPU models the hypervisor knows for ARCH. */
public final class CpuModelsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        List<String> models;
        try {
            models = sh.conn().getCPUModelNames(cmd.string("arch"), 0);
        } catch (VirtException e) {
            throw sh.fail("failed to get CPU model names", e);
        }
        if (models.isEmpty()) {
            sh.printExtra("all CPU models are accepted\n");
            return true;
        }
        StringBuilder b = new StringBuilder();
        for (String m : models) {
            b.append(m).append('\n');
        }
        sh.print(b.toString());
        return true;
    }
}
