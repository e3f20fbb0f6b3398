package org.jvirt.virsh.host;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** freepages [--cellno N] [--pagesize S] [--all]: free huge pages per NUMA cell. */
public final class FreepagesCommand implements Command {

    private static final Pattern HOST_PAGES = Pattern.compile("<pages unit='KiB' size='(\\d+)'/>");
    private static final Pattern CELL_PAGES = Pattern.compile("<pages unit='KiB' size='(\\d+)'>");
    private static final Pattern CELL = Pattern.compile("<cell id='(-?\\d+)'>");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "all", "cellno");
        long bytes = cmd.has("pagesize") ? cmd.scaled("pagesize", 1024, 0xFFFFFFFFL) : 0;
        int kib = (int) ((bytes + 1023) / 1024);
        if (cmd.has("all")) {
            return all(sh, cmd.has("pagesize"), kib);
        }
        if (!cmd.has("cellno")) {
            sh.error("missing cellno argument");
            return false;
        }
        int cell = cmd.intOpt("cellno", 0);
        if (cell < -1) {
            sh.error("cell number must be non-negative integer or -1");
            return false;
        }
        if (!cmd.has("pagesize")) {
            sh.error("missing pagesize argument");
            return false;
        }
        // virsh 9.0 reads the counts whatever the call returns (the test driver returns 0)
        long[] counts = sh.conn().nodeGetFreePages(new int[] {kib}, cell, 1, 0).counts();
        sh.print(Integer.toUnsignedString(kib) + "KiB: " + counts[0] + "\n");
        return true;
    }

    private static boolean all(Shell sh, boolean given, int kib) {
        String caps;
        try {
            caps = sh.conn().getCapabilities();
        } catch (VirtException e) {
            throw sh.fail("unable to get node capabilities", e);
        }
        int[] sizes;
        if (given) {
            sizes = new int[] {kib};
        } else {
            // the host CPU's page sizes, else those of the cells; sorted, without duplicates
            String host = caps.contains("</cpu>") ? caps.substring(0, caps.indexOf("</cpu>")) : "";
            TreeSet<Long> found = collect(HOST_PAGES, host);
            if (found.isEmpty()) {
                found = collect(CELL_PAGES, caps);
            }
            if (found.isEmpty()) {
                sh.error("could not get information about supported page sizes");
                return false;
            }
            sizes = found.stream().mapToInt(Long::intValue).toArray();
        }
        List<Integer> cells = new ArrayList<>();
        Matcher m = CELL.matcher(caps);
        while (m.find()) {
            cells.add(Integer.parseInt(m.group(1)));
        }
        for (int cell : cells) {
            long[] counts = sh.conn().nodeGetFreePages(sizes, cell, 1, 0).counts();
            StringBuilder b = new StringBuilder("Node " + cell + ":\n");
            for (int j = 0; j < sizes.length; j++) {
                b.append(Integer.toUnsignedString(sizes[j])).append("KiB: ").append(counts[j]).append('\n');
            }
            sh.print(b.append('\n').toString());
        }
        return true;
    }

    private static TreeSet<Long> collect(Pattern p, String text) {
        TreeSet<Long> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }
}
