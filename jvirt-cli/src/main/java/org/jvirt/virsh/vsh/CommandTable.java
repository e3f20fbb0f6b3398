package org.jvirt.virsh.vsh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command table as data: commands.txt (recorded from virsh 9.0, see src/test/scripts/gen-commands.py)
 * gives groups, names and help texts. Read once, on first use; no class scanning.
 */
public final class CommandTable {

    public record Group(String keyword, String title, List<CommandDef> commands) {
    }

    private static volatile CommandTable instance;

    private final Map<String, CommandDef> byName = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();

    private CommandTable(String text) {
        Group group = null;
        String name = null;
        StringBuilder help = new StringBuilder();
        // every line of the file ends with '\n'; split without the final empty piece
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("@group ") || line.startsWith("@cmd ")) {
                if (name != null) {
                    add(group, name, help);
                    name = null;
                }
                if (line.startsWith("@group ")) {
                    String[] kv = line.substring(7).split("\t");
                    group = new Group(kv[0], kv[1], new ArrayList<>());
                    groups.add(group);
                } else {
                    name = line.substring(5).strip();
                    help.setLength(0);
                }
            } else if (name != null) {
                help.append(line).append('\n');
            }
        }
        if (name != null) {
            add(group, name, help);
        }
    }

    private void add(Group group, String name, StringBuilder help) {
        // the recording also caught the newline virsh prints after every command; the loop adds that one
        String h = help.toString();
        if (h.endsWith("\n\n")) {
            h = h.substring(0, h.length() - 1);
        }
        CommandDef def = new CommandDef(name, group.keyword(), h);
        byName.put(name, def);
        group.commands().add(def);
    }

    public static CommandTable get() {
        CommandTable t = instance;
        if (t == null) {
            try (InputStream in = CommandTable.class.getResourceAsStream("/org/jvirt/virsh/commands.txt")) {
                t = new CommandTable(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance = t;
        }
        return t;
    }

    public CommandDef find(String name) {
        return byName.get(name);
    }

    public List<Group> groups() {
        return groups;
    }

    public Iterable<String> names() {
        return byName.keySet();
    }
}
