package org.jvirt.virsh.host;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** node-memory-tune [--shm-pages-to-scan N] [--shm-sleep-millisecs N] [--shm-merge-across-nodes N]. */
public final class NodeMemoryTuneCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        List<TypedParameter> set = new ArrayList<>();
        if (cmd.has("shm-pages-to-scan")) {
            set.add(new TypedParameter.UInt("shm_pages_to_scan", cmd.uintOpt("shm-pages-to-scan", 0) & 0xFFFFFFFFL));
        }
        if (cmd.has("shm-sleep-millisecs")) {
            set.add(new TypedParameter.UInt("shm_sleep_millisecs", cmd.uintOpt("shm-sleep-millisecs", 0) & 0xFFFFFFFFL));
        }
        if (cmd.has("shm-merge-across-nodes")) {
            set.add(new TypedParameter.UInt("shm_merge_across_nodes",
                    cmd.uintOpt("shm-merge-across-nodes", 0) & 0xFFFFFFFFL));
        }
        if (set.isEmpty()) {
            List<TypedParameter> params;
            try {
                params = sh.conn().nodeGetMemoryParameters(0);
            } catch (VirtException e) {
                throw sh.fail("Unable to get number of memory parameters", e);
            }
            sh.print("Shared memory:\n");
            for (TypedParameter p : params) {
                sh.printf("\t%-15s %s\n", p.field(), p.valueString());
            }
            return true;
        }
        try {
            sh.conn().nodeSetMemoryParameters(set, 0);
        } catch (VirtException e) {
            throw sh.fail("Unable to change memory parameters", e);
        }
        return true;
    }
}
