package org.jvirt.virsh.snapshot;

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
            b.append("  ").append(memspec(cmd.string("memspec"))).append('\n');
        }
        List<String> disks = cmd.argv();
        if (!disks.isEmpty()) {
            b.append("  <disks>\n");
            for (String d : disks) {
                b.append(disk(sh, d));
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

    /**
     * virshParseSnapshotMemspec: comma-separated (",," is a comma) file=F, snapshot=T or an absolute path, each
     * at most once, as one element with snapshot= written first.
     */
    private static String memspec(String text) {
        String file = null;
        String snapshot = null;
        for (String p : org.jvirt.virsh.EchoCommand.splitCommas(text)) {
            if (p.startsWith("snapshot=") && snapshot == null) {
                snapshot = p.substring(9);
            } else if (p.startsWith("file=") && file == null) {
                file = p.substring(5);
            } else if (p.startsWith("/") && file == null) {
                file = p;
            } else {
                throw new OptionException("unable to parse memspec: " + text);
            }
        }
        StringBuilder b = new StringBuilder("<memory");
        if (snapshot != null) {
            b.append(" snapshot='").append(esc(snapshot)).append('\'');
        }
        if (file != null) {
            b.append(" file='").append(esc(file)).append('\'');
        }
        return b.append("/>").toString();
    }

    /**
     * virshParseSnapshotDiskspec: disk[,snapshot=type][,driver=type][,stype=file|block][,file=name], ",," a comma,
     * each key at most once.
     */
    private static String disk(Shell sh, String text) {
        List<String> parts = org.jvirt.virsh.EchoCommand.splitCommas(text);
        String name = parts.getFirst();
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        for (String p : parts.subList(1, parts.size())) {
            int eq = p.indexOf('=');
            String key = eq < 0 ? "" : p.substring(0, eq);
            if (!List.of("snapshot", "driver", "stype", "file").contains(key) || kv.containsKey(key)) {
                throw new OptionException("unable to parse diskspec: " + text);
            }
            kv.put(key, p.substring(eq + 1));
        }
        String snapshot = kv.get("snapshot");
        String driver = kv.get("driver");
        String stype = kv.get("stype");
        String file = kv.get("file");
        if (stype != null && !stype.equals("file") && !stype.equals("block")) {
            sh.error("Unknown storage type: '" + stype + "'");
            throw new OptionException("unable to parse diskspec: " + text);
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
