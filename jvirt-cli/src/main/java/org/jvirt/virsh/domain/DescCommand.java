package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.DomainStates;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** desc [--title] [--edit] [text...]: show or set the description or title; virsh prints these without a newline. */
public final class DescCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        boolean title = cmd.has("title");
        int type = title ? 1 : 0;
        String what = title ? "title" : "description";
        String text = cmd.argv().isEmpty() ? null : String.join(" ", cmd.argv());
        // virsh reads the text from the domain XML: the inactive one with --config, else the current one, so
        // --live --config reads the config and --live on a shut-off domain is no error
        int readFlags = (flags & 2) != 0 ? 2 : 0;
        if (cmd.has("edit")) {
            String current = DomainStates.description(dom, title, readFlags);
            Editor.Define define = (t, v) -> {
                if (t != null) {
                    dom.setMetadata(type, t.strip(), null, null, flags);
                }
                return dom.getName();
            };
            return Editor.edit(sh, current, false, define, "Domain " + what + " not changed\n",
                    "Domain " + what + " updated successfully\n".replace("%", "%%"));
        }
        if (text != null) {
            try {
                dom.setMetadata(type, text, null, null, flags);
            } catch (VirtException e) {
                throw sh.fail("Failed to set new domain " + what, e);
            }
            sh.printExtra("Domain " + what + " updated successfully");
            return true;
        }
        String d = DomainStates.description(dom, title, readFlags);
        if (d.isEmpty()) {
            sh.printExtra("No " + what + " for domain: " + dom.getName());
        } else {
            sh.print(d);
        }
        return true;
    }
}
