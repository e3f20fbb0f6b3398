package org.jvirt.virsh.vsh;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A command of the table: name, group keyword and virsh's help text; the option specs are derived from the
 * help text (its SYNOPSIS says what is required, its OPTIONS list gives names, types and order), so the
 * recorded help is the single source of both.
 */
public final class CommandDef {

    /** Options vsh declares VSH_OFLAG_REQ_OPT: never filled by bare words (not visible in help output). */
    private static final Set<String> NOT_POSITIONAL = Set.of("dumpxml.xpath", "schedinfo.weight", "schedinfo.cap",
            "send-key.codeset", "send-key.holdtime", "qemu-monitor-command.pass-fds", "qemu-agent-command.timeout",
            "migrate-compcache.size");

    private final String name;
    private final String group;
    private List<OptDef> opts;

    CommandDef(String name, String group) {
        this.name = name;
        this.group = group;
    }

    public String name() {
        return name;
    }

    public String group() {
        return group;
    }

    /** The verbatim output of {@code virsh help NAME}. */
    public String help() {
        return CommandData.help(name);
    }

    /** The one-line summary ("domain information"). */
    public String summary() {
        String line = section("NAME").get(0).strip();
        int dash = line.indexOf(" - ");
        return dash < 0 ? "" : line.substring(dash + 3);
    }

    public synchronized List<OptDef> opts() {
        if (opts == null) {
            opts = parseOpts();
        }
        return opts;
    }

    public OptDef opt(String optName) {
        for (OptDef o : opts()) {
            if (o.name().equals(optName)) {
                return o;
            }
        }
        return null;
    }

    private List<OptDef> parseOpts() {
        List<String> synopsis = section("SYNOPSIS");
        String syn = synopsis.isEmpty() ? "" : " " + synopsis.get(0).strip() + " ";
        List<OptDef> out = new ArrayList<>();
        for (String line : section("OPTIONS")) {
            String l = line.strip();
            OptDef o;
            if (l.startsWith("[--")) {
                // "[--domain] <string>": DATA (or required INT), or the ARGV of a command with positionals
                String n = l.substring(3, l.indexOf(']'));
                boolean number = l.contains("] <number>");
                boolean argv = syn.contains("[--" + n + "] <string>]...") || syn.contains("{[--" + n + "] <string>}...");
                OptDef.Type t = argv ? OptDef.Type.ARGV : number ? OptDef.Type.INT : OptDef.Type.DATA;
                boolean req = argv ? syn.contains("{[--" + n + "]") : syn.contains(" <" + n + ">");
                o = new OptDef(n, t, req, true);
            } else if (l.startsWith("<")) {
                String n = l.substring(1, l.indexOf('>'));
                o = new OptDef(n, OptDef.Type.ARGV, !syn.contains("[<" + n + ">]..."), true);
            } else {
                int sp = l.indexOf(' ');
                String n = l.substring(2, sp < 0 ? l.length() : sp);
                if (l.startsWith("--" + n + " <number>")) {
                    o = new OptDef(n, OptDef.Type.INT, false, !NOT_POSITIONAL.contains(name + "." + n));
                } else if (l.startsWith("--" + n + " <string>")) {
                    o = new OptDef(n, OptDef.Type.STRING, !syn.contains("[--" + n + " <string>]"),
                            !NOT_POSITIONAL.contains(name + "." + n));
                } else {
                    o = new OptDef(n, OptDef.Type.BOOL, false, false);
                }
            }
            out.add(o);
        }
        return List.copyOf(out);
    }

    /** The indented lines under a "  TITLE" heading of the help text. */
    private List<String> section(String title) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : help().split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                in = line.strip().equals(title);
            } else if (in && line.startsWith("    ")) {
                out.add(line);
            }
        }
        return out;
    }
}
