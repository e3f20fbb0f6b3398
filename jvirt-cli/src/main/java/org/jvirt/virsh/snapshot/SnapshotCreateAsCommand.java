package org.jvirt.virsh.snapshot;

import java.util.Comparator;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** snapshot-create-as [--name] [--description] [--print-xml] [--memspec] [--diskspec]... and the create flags. */
public final class SnapshotCreateAsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        StringBuilder b = new StringBuilder("<domainsnapshot>\n");
        if (cmd.string("name") != null) {
            b.append("  <name>").append(esc(cmd.string("name"))).append("</name>\n");
        }
        if (cmd.string("description") != null) {
            b.append("  <description>").append(esc(cmd.string("description"))).append("</description>\n");
        }
        if (cmd.string("memspec") != null) {
            b.append("  ").append(spec("memory", cmd.string("memspec"), "file", List.of("file", "snapshot"))).append('\n');
        }
        List<String> disks = cmd.argv();
        if (!disks.isEmpty()) {
            b.append("  <disks>\n");
            for (String d : disks) {
                b.append(disk(d));
            }
            b.append("  </disks>\n");
        }
        b.append("</domainsnapshot>\n");
        if (cmd.has("print-xml")) {
            sh.print(b + "\n");
            return true;
        }
        return SnapshotCreateCommand.create(sh, dom, b.toString(), SnapshotCreateCommand.flags(cmd), null);
    }

    /** virshParseSnapshotMemspec: [file=]name[,snapshot=type] as one element; virsh writes snapshot= first. */
    private static String spec(String element, String text, String first, List<String> keys) {
        java.util.Map<String, String> attrs = new java.util.TreeMap<>(Comparator.comparing((String k) -> !k.equals("snapshot")));
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int eq = p.indexOf('=');
            String key = eq < 0 ? (i == 0 ? first : null) : p.substring(0, eq);
            if (key == null || !keys.contains(key)) {
                throw new OptionException("unable to parse memspec: " + text);
            }
            attrs.put(key, eq < 0 ? p : p.substring(eq + 1));
        }
        StringBuilder b = new StringBuilder("<").append(element);
        attrs.forEach((k, v) -> b.append(' ').append(k).append("='").append(esc(v)).append('\''));
        return b.append("/>").toString();
    }

    /** virshParseSnapshotDiskspec: disk[,snapshot=type][,driver=type][,stype=type][,file=name]. */
    private static String disk(String text) {
        String[] parts = text.split(",", -1);
        String name = parts[0];
        String snapshot = null;
        String driver = null;
        String stype = null;
        String file = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.startsWith("snapshot=")) {
                snapshot = p.substring(9);
            } else if (p.startsWith("driver=")) {
                driver = p.substring(7);
            } else if (p.startsWith("stype=")) {
                stype = p.substring(6);
            } else if (p.startsWith("file=")) {
                file = p.substring(5);
            } else {
                throw new OptionException("unable to parse diskspec: " + text);
            }
        }
        StringBuilder b = new StringBuilder("    <disk name='").append(esc(name)).append('\'');
        if (snapshot != null) {
            b.append(" snapshot='").append(esc(snapshot)).append('\'');
        }
        if (stype != null) {
            b.append(" type='").append(esc(stype)).append('\'');
        }
        if (driver == null && file == null) {
            return b.append("/>\n").toString();
        }
        b.append(">\n");
        if (driver != null) {
            b.append("      <driver type='").append(esc(driver)).append("'/>\n");
        }
        if (file != null) {
            b.append("      <source ").append("block".equals(stype) ? "dev" : "file").append("='")
                    .append(esc(file)).append("'/>\n");
        }
        return b.append("    </disk>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
