package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainSnapshotCreateFlag;
import org.jvirt.flags.DomainSnapshotDeleteFlag;
import org.jvirt.flags.DomainSnapshotXMLFlag;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * snapshot-edit DOMAIN [SNAPSHOTNAME] [--current] [--rename | --clone]: edits the snapshot's XML (with security
 * info) and redefines it, adding CURRENT when a named snapshot is edited with --current (then even an unchanged
 * file is redefined). A changed name makes a new snapshot: --clone keeps both, --rename drops the old one's
 * metadata, neither drops the new one's and fails.
 */
public final class SnapshotEditCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean rename = cmd.has("rename");
        boolean clone = cmd.has("clone");
        Opts.exclusive(cmd, "rename", "clone");
        int[] flags = {DomainSnapshotCreateFlag.REDEFINE.value()};
        if (cmd.has("current") && cmd.string("snapshotname") != null) {
            flags[0] |= DomainSnapshotCreateFlag.CURRENT.value();
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainSnapshot snapshot = Snap.lookup(sh, cmd, dom);
        String name = snapshot.getName();
        String xml = snapshot.getXMLDesc(DomainSnapshotXMLFlag.SECURE.value());
        Editor.Define define = (text, validate) -> {
            if (text == null) {
                return name;
            }
            // the flag stays for a retry, as virsh's EDIT_DEFINE sets it on its define_flags
            if (text.contains("<state>disk-snapshot</state>")) {
                flags[0] |= DomainSnapshotCreateFlag.DISK_ONLY.value();
            }
            return dom.snapshotCreateXML(text, flags[0]).getName();
        };
        String notChanged = (flags[0] & DomainSnapshotCreateFlag.CURRENT.value()) != 0 ? null
                : "Snapshot %s XML configuration not changed.\n";
        boolean ok = Editor.edit(sh, xml, false, define, notChanged, edited -> finish(sh, dom, snapshot, name, edited,
                rename, clone));
        if (!ok) {
            sh.error("Failed to update " + name);
        }
        return ok;
    }

    /** The messages after a redefine; a new name leaves two snapshots, and one goes unless --clone. */
    private static boolean finish(Shell sh, Domain dom, DomainSnapshot snapshot, String name, String edited,
            boolean rename, boolean clone) {
        if (edited == null) {
            // virsh 9.0 crashes here (it compares the old name with no name); stopping is the sane reading
            return false;
        }
        if (edited.equals(name)) {
            sh.printExtra("Snapshot " + name + " edited.\n");
            return true;
        }
        if (clone) {
            sh.printExtra("Snapshot " + name + " cloned to " + edited + ".\n");
            return true;
        }
        try {
            DomainSnapshot drop = rename ? snapshot : dom.snapshotLookupByName(edited, 0);
            drop.delete(DomainSnapshotDeleteFlag.METADATA_ONLY.value());
        } catch (VirtException e) {
            sh.report(e);
            sh.error("Failed to clean up " + (rename ? name : edited));
            return false;
        }
        if (!rename) {
            sh.error("Must use --rename or --clone to change " + name + " to " + edited);
            return false;
        }
        return true;
    }
}
