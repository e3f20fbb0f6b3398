package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domblkstat [DEVICE] [--human]. */
public final class DomblkstatCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String device = cmd.raw("device");
        if (device == null) {
            device = "";
        }
        java.util.List<org.jvirt.TypedParameter> params = null;
        try {
            params = dom.blockStatsFlags(device, 0);
        } catch (VirtException e) {
            if (e.code() != org.jvirt.error.ErrorCode.NO_SUPPORT) {
                throw e; // virsh reports only the library error here
            }
            // older drivers (the test driver): the fixed five counters below
        }
        if (params != null) {
            return DomblkstatParams.print(sh, device, cmd.has("human"), params);
        }
        org.jvirt.BlockStats s;
        try {
            s = dom.blockStats(device);
        } catch (VirtException e) {
            throw sh.fail("Failed to get block stats " + cmd.string("domain") + " " + device, e);
        }
        boolean human = cmd.has("human");
        String[][] names = {{"rd_req", "number of read operations:"}, {"rd_bytes", "number of bytes read:"},
            {"wr_req", "number of write operations:"}, {"wr_bytes", "number of bytes written:"},
            {"errs", "error count:"}};
        long[] v = {s.rdReq(), s.rdBytes(), s.wrReq(), s.wrBytes(), s.errs()};
        if (human) {
            sh.print("Device: " + device + "\n");
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= 0) {
                if (human) {
                    sh.printf(" %-31s %d\n", names[i][1], v[i]);
                } else {
                    sh.printf("%s %s %d\n", device, names[i][0], v[i]);
                }
            }
        }
        return true;
    }
}
