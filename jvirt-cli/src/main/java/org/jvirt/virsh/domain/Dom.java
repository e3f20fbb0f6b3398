package org.jvirt.virsh.domain;

import java.util.function.Consumer;
import org.jvirt.Domain;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** Shared steps of the domain commands: the act-and-report pattern, and the impact-flags preamble. */
public final class Dom {

    private Dom() {
    }

    /** Looks the domain up, then {@link Shell#act}. */
    static boolean act(Shell sh, Invocation cmd, Consumer<Domain> action, String ok, String failed) {
        Domain dom = sh.domain(cmd);
        return dom != null && sh.act(dom, cmd.string("domain"), action, ok, failed);
    }

    /** The flags of save, restore and managedsave: --bypass-cache, --running, --paused (virDomainSaveRestoreFlags). */
    static int saveFlags(Invocation cmd) {
        return (cmd.has("bypass-cache") ? 1 : 0) | (cmd.has("running") ? 2 : 0) | (cmd.has("paused") ? 4 : 0);
    }

    /** The text of the --xml file of save and restore, or null. */
    static String xmlOption(Invocation cmd) {
        String file = cmd.string("xml");
        return file == null ? null : XmlFiles.read(file);
    }

    /** A command body that needs the domain and the --current/--live/--config impact flags. */
    @FunctionalInterface
    public interface WithImpact {
        boolean run(Domain dom, int flags);
    }

    /** The impact options first (their conflicts are reported before the lookup, as virsh does), then the domain. */
    public static boolean withImpact(Shell sh, Invocation cmd, WithImpact body) {
        int flags = Opts.impact(cmd);
        Domain dom = sh.domain(cmd);
        return dom != null && body.run(dom, flags);
    }
}
