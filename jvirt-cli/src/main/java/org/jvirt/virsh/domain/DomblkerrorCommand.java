package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainDiskError;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domblkerror: virDomainGetDiskErrors. */
public final class DomblkerrorCommand implements Command {

    private static final String[] ERRORS = {"no error", "unspecified error", "no space"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        List<DomainDiskError> errors = dom.getDiskErrors(0);
        if (errors.isEmpty()) {
            sh.print("No errors found\n");
        }
        for (DomainDiskError e : errors) {
            String text = e.error() >= 0 && e.error() < ERRORS.length ? ERRORS[e.error()] : "unknown error";
            sh.printf("%s: %s\n", e.disk(), text);
        }
        return true;
    }
}
