package org.jvirt.virsh.snapshot;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** Shared steps of the snapshot commands (virsh-snapshot.c's helpers); time and field serve checkpoints too. */
public final class Snap {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    private Snap() {
    }

    /**
     * virshLookupSnapshot: --snapshotname, else with --current the current snapshot, else virsh's error. The
     * two options exclude each other.
     */
    static DomainSnapshot lookup(Shell sh, Invocation cmd, Domain dom) {
        String name = cmd.string("snapshotname");
        if (name != null) {
            return dom.snapshotLookupByName(name, 0);
        }
        if (cmd.has("current")) {
            return dom.snapshotCurrent(0);
        }
        throw new OptionException("--snapshotname or --current is required");
    }

    static void exclusiveCurrent(Invocation cmd) {
        if (cmd.has("current") && cmd.string("snapshotname") != null) {
            throw new OptionException("--snapshotname and --current are mutually exclusive");
        }
    }

    /** The creation time as virsh prints it: local time with the numeric zone. */
    public static String time(long epochSeconds) {
        return TIME.format(Instant.ofEpochSecond(epochSeconds).atZone(ZoneId.systemDefault()));
    }

    /** The text of the first {@code <tag>} directly in the XML, or null (the few fields virsh reads by XPath). */
    public static String field(String xml, String tag) {
        int i = xml.indexOf("\n  <" + tag + ">");
        if (i < 0) {
            return null;
        }
        int start = i + tag.length() + 5;
        int end = xml.indexOf("</" + tag + ">", start);
        return end < 0 ? null : unescape(xml.substring(start, end));
    }

    /** The parent's name (virDomainSnapshotGetParent), or null for a root. */
    static String parentName(DomainSnapshot s) {
        try {
            return s.getParent(0).getName();
        } catch (org.jvirt.error.VirtException e) {
            if (e.code() == org.jvirt.error.ErrorCode.NO_DOMAIN_SNAPSHOT) {
                return null;
            }
            throw e;
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
