package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;
import org.w3c.dom.Element;

/** domifstat INTERFACE. */
public final class DomifstatCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String device = cmd.string("interface");
        org.jvirt.InterfaceStats s;
        try {
            s = dom.interfaceStats(device);
        } catch (VirtException e) {
            throw sh.fail("Failed to get interface stats " + cmd.string("domain") + " " + device, e);
        }
        String[] names = {"rx_bytes", "rx_packets", "rx_errs", "rx_drop", "tx_bytes", "tx_packets", "tx_errs", "tx_drop"};
        long[] v = {s.rxBytes(), s.rxPackets(), s.rxErrs(), s.rxDrop(), s.txBytes(), s.txPackets(), s.txErrs(), s.txDrop()};
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= 0) {
                sh.printf("%s %s %d\n", device, names[i], v[i]);
            }
        }
        return true;
    }
}
