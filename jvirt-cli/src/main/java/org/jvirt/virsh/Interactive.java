package org.jvirt.virsh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.Parser;

/**
 * The interactive loop. On a terminal it uses JLine (history, completion); otherwise it reads stdin line by
 * line and writes what readline writes there: the prompt and the line read, so transcripts match virsh's.
 * The banner and prompt keep virsh's words: scripts and users match on them.
 */
final class Interactive {

    static final String BANNER = "Welcome to virsh, the virtualization interactive terminal.\n\n"
            + "Type:  'help' for help with commands\n"
            + "       'quit' to quit\n\n";

    private Interactive() {
    }

    static String prompt(Shell sh) {
        return sh.isReadonly() ? "virsh > " : "virsh # ";
    }

    static void loop(Shell sh, InputStream in) {
        sh.printExtra(BANNER);
        if (in == System.in && System.console() != null && System.console().isTerminal()) {
            sh.out.flush();
            TerminalLoop.run(sh);
        } else {
            streamLoop(sh, in);
        }
        // virsh ends the session with a line break after the last prompt or command
        sh.print("\n");
        sh.out.flush();
    }

    private static void streamLoop(Shell sh, InputStream in) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            do {
                sh.print(prompt(sh));
                sh.out.flush();
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                sh.print(line + "\n");
                execute(sh, line);
            } while (sh.isInteractive());
        } catch (IOException e) {
            sh.error(e.getMessage());
        }
    }

    static void execute(Shell sh, String line) {
        if (line.isEmpty()) {
            return;
        }
        List<Invocation> cmds = Parser.parseString(line, sh::error);
        if (cmds != null) {
            sh.runAll(cmds);
        }
        sh.out.flush();
    }
}
