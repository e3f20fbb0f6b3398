package org.jvirt.virsh.vsh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command table as data: {@link CommandData} (recorded from virsh 9.0, see src/test/scripts/gen-commands.py)
 * gives groups, names and help texts. Built once, on first use, from names only: a command's help text (and the
 * option specs derived from it) is looked up when that command needs it. No class scanning, no resource reads.
 */
public final class CommandTable {

    public record Group(String keyword, String title, List<CommandDef> commands) {
    }

    private static volatile CommandTable instance;

    private final Map<String, CommandDef> byName = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    private CommandTable() {
        for (String[] g : CommandData.GROUPS) {
            List<CommandDef> commands = new ArrayList<>(g.length - 2);
            for (int i = 2; i < g.length; i++) {
                CommandDef def = new CommandDef(g[i], g[0]);
                byName.put(g[i], def);
                names.add(g[i]);
                commands.add(def);
            }
            groups.add(new Group(g[0], g[1], List.copyOf(commands)));
        }
    }

    public static CommandTable get() {
        CommandTable t = instance;
        if (t == null) {
            instance = t = new CommandTable();
        }
        return t;
    }

    public CommandDef find(String name) {
        return byName.get(name);
    }

    public List<Group> groups() {
        return groups;
    }

    /** Every command name, in the table's (virsh's help) order. */
    public Iterable<String> names() {
        return names;
    }
}
