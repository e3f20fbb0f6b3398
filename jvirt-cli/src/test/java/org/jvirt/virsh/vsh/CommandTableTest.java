package org.jvirt.virsh.vsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated CommandData as the table sees it: every listed command has its own recorded help. */
class CommandTableTest {

    @Test
    void everyCommandHasItsOwnHelpTextAndIsFoundByName() {
        CommandTable t = CommandTable.get();
        List<String> names = new ArrayList<>();
        t.names().forEach(names::add);
        assertThat(names).hasSizeGreaterThan(50).doesNotHaveDuplicates();
        for (String name : names) {
            CommandDef def = t.find(name);
            assertThat(def).as(name).isNotNull();
            assertThat(def.help()).as(name).startsWith("  NAME\n    " + name + " - ").endsWith("\n")
                    .doesNotEndWith("\n\n\n");
        }
        assertThat(t.find("nosuchcommand")).isNull();
        assertThat(CommandData.help("nosuchcommand")).isNull();
    }

    @Test
    void groupsFollowVirshAndHoldEveryCommandOnce() {
        CommandTable t = CommandTable.get();
        assertThat(t.groups()).extracting(CommandTable.Group::keyword)
                .containsExactly("domain", "monitor", "events", "host", "filter", "network", "secret", "snapshot", "pool", "volume",
                        "virsh");
        assertThat(t.groups().get(1).title()).isEqualTo("Domain Monitoring");
        Set<String> seen = new HashSet<>();
        for (CommandTable.Group g : t.groups()) {
            for (CommandDef d : g.commands()) {
                assertThat(seen.add(d.name())).as(d.name()).isTrue();
                assertThat(d.group()).isEqualTo(g.keyword());
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(t.names());
    }

    @Test
    void optionsComeFromTheRecordedHelp() {
        CommandDef list = CommandTable.get().find("list");
        assertThat(list.summary()).isEqualTo("list domains");
        assertThat(list.opt("all")).isEqualTo(new OptDef("all", OptDef.Type.BOOL, false, false));
        CommandDef dominfo = CommandTable.get().find("dominfo");
        assertThat(dominfo.opt("domain")).isEqualTo(new OptDef("domain", OptDef.Type.DATA, true, true));
    }
}
