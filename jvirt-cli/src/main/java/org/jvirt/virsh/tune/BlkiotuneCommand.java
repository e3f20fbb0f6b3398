package org.jvirt.virsh.tune;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;

/** blkiotune [--weight N] [--device-weights ...] [--device-{read,write}-{iops,bytes}-sec ...]: show or set. */
public final class BlkiotuneCommand implements Command {

    private static final String[][] DEVICE_OPTS = {{"device-weights", "device_weight"},
        {"device-read-iops-sec", "device_read_iops_sec"}, {"device-write-iops-sec", "device_write_iops_sec"},
        {"device-read-bytes-sec", "device_read_bytes_sec"}, {"device-write-bytes-sec", "device_write_bytes_sec"}};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        List<TypedParameter> set = new ArrayList<>();
        if (cmd.has("weight")) {
            int w = cmd.intOpt("weight", 0);
            if (w <= 0) {
                sh.error("Invalid value of " + w + " for I/O weight");
                return false;
            }
            set.add(new TypedParameter.UInt("weight", w));
        }
        for (String[] o : DEVICE_OPTS) {
            String v = cmd.string(o[0]);
            if (v != null) {
                set.add(new TypedParameter.Str(o[1], v));
            }
        }
        if (set.isEmpty()) {
            List<TypedParameter> params;
            try {
                params = dom.getBlkioParameters(flags);
            } catch (VirtException e) {
                throw sh.fail("Unable to get number of blkio parameters", e);
            }
            Params.print(sh, params);
            return true;
        }
        try {
            dom.setBlkioParameters(set, flags);
        } catch (VirtException e) {
            throw sh.fail("Unable to change blkio parameters", e);
        }
        return true;
    }
}
