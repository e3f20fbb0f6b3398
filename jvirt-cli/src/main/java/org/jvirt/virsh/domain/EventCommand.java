package org.jvirt.virsh.domain;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEvent;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainLifecycleEvent;
import org.jvirt.event.DomainMetadataChangeEvent;
import org.jvirt.event.DomainRebootEvent;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.EventWait;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * event [--domain D] [--event NAME | --all] [--loop] [--timeout N] [--timestamp] | --list (virsh-domain-event.c):
 * registers for the events, waits for the first one (or, with --loop, until the timeout), then prints how many
 * arrived; false when none did. Events raised before the registration are not seen, as in libvirt.
 */
public final class EventCommand implements Command {

    private static final String[] METADATA_TYPES = {"description", "title", "element"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean all = cmd.has("all");
        Opts.exclusive(cmd, "all", "event");
        Opts.exclusive(cmd, "list", "all");
        Opts.exclusive(cmd, "list", "event");
        if (cmd.has("list")) {
            StringBuilder out = new StringBuilder();
            for (DomainEventId id : DomainEventId.values()) {
                out.append(id.virshName()).append('\n');
            }
            sh.print(out.toString());
            return true;
        }
        String name = cmd.string("event");
        DomainEventId only = null;
        if (name != null) {
            only = DomainEventId.ofVirshName(name);
            if (only == null) {
                sh.error("unknown event type " + name);
                return false;
            }
        } else if (!all) {
            sh.error("one of --list, --all, or --event <type> is required");
            return false;
        }
        long timeoutMs = EventWait.timeoutMs(cmd);
        Domain dom = null;
        if (cmd.has("domain")) {
            dom = sh.domain(cmd);
            if (dom == null) {
                return false;
            }
        }
        EventWait w = new EventWait(sh, cmd);
        Connect conn = sh.conn();
        List<Integer> ids = new ArrayList<>();
        List<DomainEventId> kinds = all ? List.of(DomainEventId.values()) : List.of(only);
        for (int i = 0; i < kinds.size(); i++) {
            try {
                ids.add(conn.domainEventRegisterAny(dom, kinds.get(i), ev -> w.event(text(ev))));
            } catch (VirtException e) {
                // with --all, later kinds an older server does not know are skipped silently
                if (i == 0) {
                    throw e;
                }
            }
        }
        return w.finish(timeoutMs, null, () -> ids.forEach(id -> {
            try {
                conn.domainEventDeregisterAny(id);
            } catch (VirtException e) {
                // each goes, whatever the others did
            }
        }));
    }

    private static String text(DomainEvent ev) {
        String dom = ev.domain().getName();
        return switch (ev) {
            case DomainLifecycleEvent l -> "event 'lifecycle' for domain '" + dom + "': " + l.virshText() + "\n";
            case DomainRebootEvent r -> "event 'reboot' for domain '" + dom + "'\n";
            case DomainMetadataChangeEvent m -> "event 'metadata-change' for domain '" + dom + "': type "
                    + (m.type() >= 0 && m.type() < METADATA_TYPES.length ? METADATA_TYPES[m.type()] : "unknown")
                    + ", uri " + (m.nsuri() == null ? "n/a" : m.nsuri()) + "\n";
        };
    }
}
