package org.jvirt.virsh.tune;

import org.jvirt.Domain;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;

/** metadata DOMAIN URI [--key K] [--set XML | --remove | --edit]: the custom element of that namespace. */
public final class MetadataCommand implements Command {

    /** VIR_DOMAIN_METADATA_ELEMENT. */
    private static final int ELEMENT = 2;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "edit", "set");
        Opts.exclusive(cmd, "remove", "set");
        Opts.exclusive(cmd, "remove", "edit");
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        String uri = cmd.string("uri");
        String key = cmd.string("key");
        String set = cmd.string("set");
        boolean remove = cmd.has("remove");
        boolean edit = cmd.has("edit");
        if ((set != null || edit) && key == null) {
            sh.error("namespace key is required when modifying metadata");
            return false;
        }
        if (set != null || remove) {
            dom.setMetadata(ELEMENT, set, key, uri, flags);
            sh.printExtra(remove ? "Metadata removed\n" : "Metadata modified\n");
            return true;
        }
        if (edit) {
            String current;
            try {
                current = dom.getMetadata(ELEMENT, uri, flags);
            } catch (VirtException e) {
                if (e.code() != ErrorCode.NO_DOMAIN_METADATA) {
                    throw e;
                }
                current = "\n";
            }
            Editor.Define define = (text, validate) -> {
                dom.setMetadata(ELEMENT, text, key, uri, flags);
                return dom.getName();
            };
            return Editor.edit(sh, current, false, define, "Metadata not changed", name -> {
                sh.printExtra("Metadata modified\n");
                return true;
            });
        }
        sh.print(dom.getMetadata(ELEMENT, uri, flags) + "\n");
        return true;
    }
}
