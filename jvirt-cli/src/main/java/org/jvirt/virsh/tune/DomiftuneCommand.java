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

/**
 * domiftune DOMAIN INTERFACE [--inbound average,peak,burst,floor] [--outbound average,peak,burst] (cmdDomIftune):
 * without rates prints the interface's bandwidth parameters, with them sets the directions given.
 */
public final class DomiftuneCommand implements Command {

    private static final String[] FIELDS = Rates.FIELDS;
    private static final long UINT_MAX = 0xFFFFFFFFL;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        String device = cmd.string("interface");
        List<TypedParameter> set = new ArrayList<>();
        String in = cmd.string("inbound");
        if (in != null) {
            long[] r = Rates.parse(in);
            if (r[0] == 0 && r[3] == 0 && (r[1] != 0 || r[2] != 0)) {
                sh.error("either inbound average or floor is mandatory");
                return false;
            }
            if (!add(sh, set, "inbound", r, 4)) {
                return false;
            }
        }
        String out = cmd.string("outbound");
        if (out != null) {
            long[] r = Rates.parse(out);
            if (r[3] != 0) {
                sh.error("outbound floor is unsupported yet");
                return false;
            }
            if (r[0] == 0 && (r[1] != 0 || r[2] != 0)) {
                sh.error("outbound average is mandatory");
                return false;
            }
            if (!add(sh, set, "outbound", r, 3)) {
                return false;
            }
        }
        if (set.isEmpty()) {
            List<TypedParameter> params;
            try {
                params = dom.getInterfaceParameters(device, flags);
            } catch (VirtException e) {
                throw sh.fail("Unable to get interface parameters", e);
            }
            Params.print(sh, params);
            return true;
        }
        try {
            dom.setInterfaceParameters(device, set, flags);
        } catch (VirtException e) {
            throw sh.fail("Unable to set interface parameters", e);
        }
        return true;
    }

    /** The direction's average always, its other fields when set; each must fit an unsigned int. */
    private static boolean add(Shell sh, List<TypedParameter> set, String dir, long[] r, int n) {
        for (int i = 0; i < n; i++) {
            if (Long.compareUnsigned(r[i], UINT_MAX) > 0) {
                sh.error(dir + " rate larger than maximum " + UINT_MAX);
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            if (i == 0 || r[i] != 0) {
                set.add(new TypedParameter.UInt(dir + "." + FIELDS[i], r[i]));
            }
        }
        return true;
    }
}
