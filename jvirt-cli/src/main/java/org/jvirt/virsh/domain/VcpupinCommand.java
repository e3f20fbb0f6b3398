package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** vcpupin [--vcpu N] [--cpulist LIST] [--config] [--live] [--current]: query as a table, or pin. */
public final class VcpupinCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        if (!cmd.has("cpulist")) {
            // a query reads one definition: virsh refuses both before it looks the domain up
            org.jvirt.virsh.Opts.exclusive(cmd, "live", "config");
        }
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        boolean hasVcpu = cmd.has("vcpu");
        int vcpu = cmd.intOpt("vcpu", 0);
        if (hasVcpu && vcpu < 0) {
            throw new OptionException("Numeric value '" + vcpu + "' for <vcpu> option is malformed or out of range");
        }
        String list = cmd.string("cpulist");
        int maxcpu = CpuList.maxcpu(sh.conn());
        if (list == null) {
            List<boolean[]> pins = dom.getVcpuPinInfo(flags);
            org.jvirt.virsh.Table t = new org.jvirt.virsh.Table("VCPU", "CPU Affinity");
            for (int i = 0; i < pins.size(); i++) {
                if (!hasVcpu || i == vcpu) {
                    t.add(Integer.toString(i), CpuList.format(CpuList.fit(pins.get(i), maxcpu)));
                }
            }
            t.print(sh);
            return true;
        }
        if (!hasVcpu) {
            sh.error("vcpupin: Missing vCPU number in pin mode.");
            return false;
        }
        boolean[] map = CpuList.parse(sh, list, maxcpu);
        if (map == null) {
            return false;
        }
        if (flags == 0 && !cmd.has("current")) {
            dom.pinVcpu(vcpu, map); // virsh uses the flag-less call when no flag was given
        } else {
            dom.pinVcpu(vcpu, map, flags);
        }
        return true;
    }
}
