package org.jvirt.virsh.host;

import org.jvirt.NodeCPUMap;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodecpumap [--pretty]: present and online CPU counts, and the online map as y/- or as a CPU list. */
public final class NodecpumapCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NodeCPUMap map;
        try {
            map = sh.conn().nodeGetCPUMap(0);
        } catch (VirtException e) {
            throw sh.fail("Unable to get cpu map", e);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-15s %d\n", "CPUs present:", map.cpus()));
        out.append(String.format("%-15s %d\n", "CPUs online:", map.onlineCount()));
        out.append(String.format("%-15s ", "CPU map:"));
        boolean[] online = map.online();
        if (cmd.has("pretty")) {
            out.append(ranges(online));
        } else {
            for (int cpu = 0; cpu < map.cpus(); cpu++) {
                out.append(cpu < online.length && online[cpu] ? 'y' : '-');
            }
        }
        out.append('\n');
        sh.print(out.toString());
        return true;
    }

    /** virBitmapDataFormat: "0-3,5". */
    private static String ranges(boolean[] map) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < map.length) {
            if (!map[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < map.length && map[j + 1]) {
                j++;
            }
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(i == j ? Integer.toString(i) : i + "-" + j);
            i = j + 1;
        }
        return sb.toString();
    }
}
