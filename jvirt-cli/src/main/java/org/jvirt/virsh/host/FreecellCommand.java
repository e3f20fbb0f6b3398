package org.jvirt.virsh.host;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** freecell [--cellno N | --all]: free memory of the node, of one NUMA cell, or of each cell with a total. */
public final class FreecellCommand implements Command {

    private static final Pattern CELL = Pattern.compile("<cell id=['\"](\\d+)['\"]");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "all", "cellno");
        boolean hasCell = cmd.has("cellno");
        int cell = cmd.intOpt("cellno", 0);
        if (cmd.has("all")) {
            String caps;
            try {
                caps = sh.conn().getCapabilities();
            } catch (VirtException e) {
                throw sh.fail("unable to get node capabilities", e);
            }
            List<Integer> ids = new ArrayList<>();
            Matcher m = CELL.matcher(caps);
            while (m.find()) {
                ids.add(Integer.parseInt(m.group(1)));
            }
            if (ids.isEmpty()) {
                // no NUMA topology: virsh falls back to the node-wide figure
                long free = sh.conn().nodeGetFreeMemory();
                sh.printf("%5s: %10d KiB\n", "Total", free / 1024);
                return true;
            }
            long total = 0;
            for (int id : ids) {
                long[] f;
                try {
                    f = sh.conn().nodeGetCellsFreeMemory(id, 1);
                } catch (VirtException e) {
                    throw sh.fail("failed to get free memory for NUMA node number: " + id, e);
                }
                total += f[0];
                sh.printf("%5d: %10d KiB\n", id, f[0] / 1024);
            }
            sh.print("--------------------\n");
            sh.printf("%5s: %10d KiB\n", "Total", total / 1024);
            return true;
        }
        if (hasCell) {
            long[] f = sh.conn().nodeGetCellsFreeMemory(cell, 1);
            sh.printf("%d: %d KiB\n", cell, f[0] / 1024);
        } else {
            long free = sh.conn().nodeGetFreeMemory();
            sh.printf("%s: %d KiB\n", "Total", free / 1024);
        }
        return true;
    }
}
