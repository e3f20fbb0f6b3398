package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.DomainControlInfo;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domcontrol: virDomainGetControlInfo. */
public final class DomcontrolCommand implements Command {

    private static final String[] STATES = {"ok", "background job", "occupied", "error"};
    private static final String[] REASONS = {"none", "unknown", "monitor failure", "internal (locking) error"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainControlInfo info = dom.getControlInfo(0);
        String state = info.state() >= 0 && info.state() < STATES.length ? STATES[info.state()] : "unknown";
        if (info.state() != 0 && info.state() != 3) {
            sh.printf("%s (%.3fs)\n", state, info.stateTime() / 1000.0);
        } else if (info.state() == 3 && info.details() > 0) {
            String reason = info.details() < REASONS.length ? REASONS[info.details()] : "unknown";
            sh.printf("%s: %s\n", state, reason);
        } else {
            sh.printf("%s\n", state);
        }
        return true;
    }
}
