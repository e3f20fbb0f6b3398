package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.DomainBlockInfo;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;
import org.w3c.dom.Element;

/** domblkinfo [--device DEV] [--human] [--all]: virDomainGetBlockInfo for one disk or, with --all, every disk. */
public final class DomblkinfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean all = cmd.has("all");
        boolean human = cmd.has("human");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        if (!all && !cmd.has("device")) {
            sh.error("command 'domblkinfo' requires <device> option");
            return false;
        }
        if (!all) {
            String device = cmd.string("device");
            DomainBlockInfo info = dom.getBlockInfo(device, 0);
            String[] v = values(info, human);
            sh.printf("%-15s %s\n", "Capacity:", v[0]);
            sh.printf("%-15s %s\n", "Allocation:", v[1]);
            sh.printf("%-15s %s\n", "Physical:", v[2]);
            return true;
        }
        boolean active = dom.isActive();
        Element devices = Xml.child(Xml.parse(dom.getXMLDesc(0)), "devices");
        Table t = new Table("Target", "Capacity", "Allocation", "Physical");
        for (Element disk : Xml.children(devices, "disk")) {
            String target = Xml.attr(Xml.child(disk, "target"), "dev");
            String protocol = Xml.attr(Xml.child(disk, "source"), "protocol");
            String[] v = {"-", "-", "-"};
            if (!(protocol != null && !active)) {
                try {
                    v = values(dom.getBlockInfo(target, 0), human);
                } catch (VirtException e) {
                    // an empty source (cdrom without media) is shown as "-"
                    if (e.code() != ErrorCode.INVALID_ARG) {
                        throw e;
                    }
                }
            }
            t.add(target, v[0], v[1], v[2]);
        }
        t.print(sh);
        return true;
    }

    private static String[] values(DomainBlockInfo info, boolean human) {
        long[] n = {info.capacity(), info.allocation(), info.physical()};
        String[] out = new String[3];
        for (int i = 0; i < 3; i++) {
            out[i] = human ? prettyCapacity(n[i]) : Long.toUnsignedString(n[i]);
        }
        return out;
    }

    /** vshPrettyCapacity printed with "%.3lf %s". */
    static String prettyCapacity(long bytes) {
        double v = bytes < 0 ? bytes + 0x1p64 : bytes;
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int u = 0;
        while (u < units.length - 1 && v >= Math.pow(1024, u + 1)) {
            u++;
        }
        return String.format("%.3f %s", v / Math.pow(1024, u), units[u]);
    }
}
