package org.jvirt.virsh.host;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** allocpages PAGESIZE PAGECOUNT [--cellno N] [--add] [--all]. */
public final class AllocpagesCommand implements Command {

    private static final Pattern CELL = Pattern.compile("<cell id='(\\d+)'>");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "all", "cellno");
        int start = cmd.has("cellno") ? cmd.intOpt("cellno", -1) : -1;
        long bytes = cmd.scaled("pagesize", 1024, 0xFFFFFFFFL * 1024);
        int[] sizes = {(int) ((bytes + 1023) / 1024)};
        long[] counts = {cmd.ullongOpt("pagecount", 0)};
        int flags = cmd.has("add") ? 1 : 0;
        if (cmd.has("all")) {
            String caps;
            try {
                caps = sh.conn().getCapabilities();
            } catch (VirtException e) {
                throw sh.fail("unable to get node capabilities", e);
            }
            Matcher m = CELL.matcher(caps);
            while (m.find()) {
                sh.conn().nodeAllocPages(sizes, counts, Integer.parseInt(m.group(1)), 1, flags);
            }
            return true;
        }
        sh.conn().nodeAllocPages(sizes, counts, start, 1, flags);
        return true;
    }
}
