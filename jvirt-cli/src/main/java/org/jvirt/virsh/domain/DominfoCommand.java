package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainInfo;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.DomainStates;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** dominfo: basic information, each line "%-15s %s". */
public final class DominfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        boolean ret = true;
        line(sh, "Id:", dom.getID() < 0 ? "-" : Integer.toString(dom.getID()));
        line(sh, "Name:", dom.getName());
        line(sh, "UUID:", dom.getUUIDString());
        try {
            line(sh, "OS Type:", dom.getOSType());
        } catch (VirtException e) {
            // virsh just leaves the line out
        }
        try {
            DomainInfo i = dom.getInfo();
            line(sh, "State:", DomainStates.name(i.state()));
            line(sh, "CPU(s):", Integer.toString(i.nrVirtCpu()));
            if (i.cpuTime() != 0) {
                line(sh, "CPU time:", Opts.seconds(i.cpuTime()));
            }
            line(sh, "Max memory:", i.maxMem() == 0xFFFFFFFFL ? "no limit" : i.maxMem() + " KiB");
            line(sh, "Used memory:", i.memory() + " KiB");
        } catch (VirtException e) {
            ret = false;
        }
        String persistent;
        try {
            persistent = dom.isPersistent() ? "yes" : "no";
        } catch (VirtException e) {
            persistent = "unknown";
        }
        line(sh, "Persistent:", persistent);
        try {
            line(sh, "Autostart:", dom.getAutostart() ? "enable" : "disable");
        } catch (VirtException e) {
            // left out, as virsh does
        }
        String managed;
        try {
            managed = dom.hasManagedSaveImage(0) ? "yes" : "no";
        } catch (VirtException e) {
            managed = "unknown";
        }
        line(sh, "Managed save:", managed);
        List<String> model;
        try {
            model = sh.conn().nodeGetSecurityModel();
        } catch (VirtException e) {
            if (e.code() != ErrorCode.NO_SUPPORT) {
                throw e;
            }
            return ret;
        }
        if (!model.isEmpty() && !model.get(0).isEmpty()) {
            line(sh, "Security model:", model.get(0));
            line(sh, "Security DOI:", model.size() > 1 ? model.get(1) : "");
            List<String> label = dom.getSecurityLabel();
            if (!label.isEmpty() && !label.get(0).isEmpty()) {
                boolean enforcing = label.size() > 1 && "1".equals(label.get(1));
                sh.printf("%-15s %s (%s)\n", "Security label:", label.get(0), enforcing ? "enforcing" : "permissive");
            }
        }
        return ret;
    }

    private static void line(Shell sh, String label, String value) {
        sh.printf("%-15s %s\n", label, value);
    }
}
