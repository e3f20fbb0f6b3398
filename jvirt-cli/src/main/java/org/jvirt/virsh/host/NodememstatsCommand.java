package org.jvirt.virsh.host;

import java.util.Map;
import org.jvirt.NodeMemoryStats;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodememstats [--cell N]. */
public final class NodememstatsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int cell = cmd.intOpt("cell", -1);
        NodeMemoryStats st;
        try {
            st = sh.conn().nodeGetMemoryStats(cell, 0);
        } catch (VirtException e) {
            throw sh.fail("Unable to get number of memory stats", e);
        }
        for (Map.Entry<String, Long> en : st.values().entrySet()) {
            sh.printf("%-7s: %20d KiB\n", en.getKey(), en.getValue());
        }
        return true;
    }
}
