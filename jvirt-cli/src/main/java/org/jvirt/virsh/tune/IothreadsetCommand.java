package org.jvirt.virsh.tune;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** iothreadset DOMAIN ID [--poll-max-ns N] [--poll-grow N] [--poll-shrink N] [--thread-pool-min N] [--thread-pool-max N]. */
public final class IothreadsetCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        int id = cmd.intOpt("id", 0);
        if (id <= 0) {
            sh.error("Invalid IOThread id value: '" + id + "'");
            return false;
        }
        List<TypedParameter> params = new ArrayList<>();
        if (cmd.has("poll-max-ns")) {
            String v = cmd.raw("poll-max-ns").strip();
            try {
                params.add(new TypedParameter.ULLong("poll_max_ns", Long.parseUnsignedLong(v.startsWith("+") ? v.substring(1) : v)));
            } catch (NumberFormatException e) {
                throw new OptionException("Numeric value '" + cmd.raw("poll-max-ns")
                        + "' for <poll-max-ns> option is malformed or out of range");
            }
        }
        if (cmd.has("poll-grow")) {
            params.add(new TypedParameter.UInt("poll_grow", Integer.toUnsignedLong(cmd.uintOpt("poll-grow", 0))));
        }
        if (cmd.has("poll-shrink")) {
            params.add(new TypedParameter.UInt("poll_shrink", Integer.toUnsignedLong(cmd.uintOpt("poll-shrink", 0))));
        }
        if (cmd.has("thread-pool-min")) {
            params.add(new TypedParameter.Int("thread_pool_min", cmd.intOpt("thread-pool-min", 0)));
        }
        if (cmd.has("thread-pool-max")) {
            params.add(new TypedParameter.Int("thread_pool_max", cmd.intOpt("thread-pool-max", 0)));
        }
        if (params.isEmpty()) {
            sh.error("Not enough arguments passed, nothing to set");
            return false;
        }
        dom.setIOThreadParams(id, params, flags);
        return true;
    }
}
