package org.jvirt.virsh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jvirt.Domain;
import org.jvirt.Network;
import org.jvirt.virsh.vsh.CommandDef;
import org.jvirt.virsh.vsh.CommandTable;
import org.jvirt.virsh.vsh.OptDef;

/** The JLine half of the interactive loop; only loaded when stdin is a terminal. */
final class TerminalLoop {

    private TerminalLoop() {
    }

    static void run(Shell sh) {
        try (Terminal term = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(term)
                    .appName("jvirsh")
                    .completer((r, line, candidates) -> complete(sh, line, candidates))
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .build();
            do {
                String line;
                try {
                    line = reader.readLine(Interactive.prompt(sh));
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                Interactive.execute(sh, line.strip().isEmpty() ? "" : line);
            } while (sh.isInteractive());
            reader.getHistory().save();
        } catch (IOException e) {
            sh.error(e.getMessage());
        }
    }

    private static Path historyFile() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isEmpty() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("jvirsh").resolve("history");
    }

    /** Commands first; then the command's options, or domain/network names where those are expected. */
    private static void complete(Shell sh, ParsedLine line, List<Candidate> out) {
        CommandTable t = CommandTable.get();
        List<String> words = line.words();
        if (line.wordIndex() == 0) {
            for (String n : t.names()) {
                out.add(new Candidate(n));
            }
            return;
        }
        CommandDef def = t.find(words.get(0));
        if (def == null) {
            return;
        }
        String cur = line.word();
        if (cur.startsWith("-")) {
            for (OptDef o : def.opts()) {
                out.add(new Candidate("--" + o.name()));
            }
            return;
        }
        boolean wantsDomain = def.opt("domain") != null;
        boolean wantsNetwork = def.opt("network") != null;
        if ((!wantsDomain && !wantsNetwork) || !sh.ensureConnected()) {
            return;
        }
        try {
            if (wantsDomain) {
                for (Domain d : sh.conn().listAllDomains(0)) {
                    out.add(new Candidate(d.getName()));
                }
            } else {
                for (Network n : sh.conn().listAllNetworks(0)) {
                    out.add(new Candidate(n.getName()));
                }
            }
        } catch (RuntimeException e) {
            // completion must never break the prompt
        }
    }
}
