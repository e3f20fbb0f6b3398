package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainSnapshotCreateFlag;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** snapshot-create [--xmlfile] [--redefine [--current]] [--no-metadata] [--halt] [--disk-only]... */
public final class SnapshotCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String from = cmd.string("xmlfile");
        String xml = from == null ? "<domainsnapshot/>" : XmlFiles.read(from);
        int flags = flags(cmd) | (cmd.has("redefine") ? 1 : 0) | (cmd.has("current") ? 2 : 0);
        return create(sh, dom, xml, flags, from);
    }

    /** The creation flags both create commands share. */
    static int flags(Invocation cmd) {
        return (cmd.has("no-metadata") ? 4 : 0) | (cmd.has("halt") ? 8 : 0) | (cmd.has("disk-only") ? 16 : 0)
                | (cmd.has("reuse-external") ? 32 : 0) | (cmd.has("quiesce") ? 64 : 0) | (cmd.has("atomic") ? 128 : 0)
                | (cmd.has("live") ? 256 : 0) | (cmd.has("validate") ? 512 : 0);
    }

    private static final int HALT = DomainSnapshotCreateFlag.HALT.value();
    private static final int VALIDATE = DomainSnapshotCreateFlag.VALIDATE.value();

    /**
     * virshSnapshotCreate: creates and says so, with virsh's two retries for older servers. A NO_SUPPORT failure
     * (XML not from a file) is retried without VALIDATE; then an INVALID_ARG failure with HALT is retried without
     * HALT, halting by hand afterwards: a persistent domain that was running is destroyed, a transient one is
     * refused. So the API's own REDEFINE/HALT refusal (INVALID_ARG) is never what virsh shows: the retry's answer
     * is, e.g. the XML error of a nameless redefinition.
     */
    static boolean create(Shell sh, Domain dom, String xml, int flags, String from) {
        DomainSnapshot s;
        try {
            s = dom.snapshotCreateXML(xml, flags);
        } catch (VirtException first) {
            VirtException last = first;
            if (first.code() == ErrorCode.NO_SUPPORT && from == null) {
                flags &= ~VALIDATE;
                try {
                    return created(sh, dom.snapshotCreateXML(xml, flags), from, false, dom);
                } catch (VirtException again) {
                    last = again;
                }
            }
            if (last.code() != ErrorCode.INVALID_ARG || (flags & HALT) == 0) {
                throw last;
            }
            if (!dom.isPersistent()) {
                sh.error("cannot halt after snapshot of transient domain");
                return false;
            }
            boolean halt;
            try {
                halt = dom.isActive(); // virsh halts only on a clear "yes"; an error here means no
            } catch (VirtException e) {
                halt = false;
            }
            s = dom.snapshotCreateXML(xml, flags & ~HALT);
            return created(sh, s, from, halt, dom);
        }
        return created(sh, s, from, false, dom);
    }

    private static boolean created(Shell sh, DomainSnapshot s, String from, boolean halt, Domain dom) {
        if (halt) {
            dom.destroy(0);
        }
        if (from != null) {
            sh.printExtra("Domain snapshot " + s.getName() + " created from '" + from + "'");
        } else {
            sh.printExtra("Domain snapshot " + s.getName() + " created");
        }
        return true;
    }
}
