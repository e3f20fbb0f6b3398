package org.jvirt.virsh.domain;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;
import org.jvirt.Domain;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * console [--devname] [--force] [--safe] (cmdConsole): for local drivers the guest's pty is opened directly (see
 * {@link ConsolePty}); the terminal is raw while connected (JLine), and the escape character (-e, default ^])
 * leaves. In-process runs (tests) script the session with a {@link org.jvirt.virsh.TerminalInput}.
 */
public final class ConsoleCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        return runConsole(sh, dom, cmd.has("devname") ? cmd.string("devname") : null);
    }

    /** cmdRunConsole, which start --console and create --console also use. */
    static boolean runConsole(Shell sh, Domain dom, String devname) {
        // cmdRunConsole: the state first (virshDomainState), then the terminal
        org.jvirt.DomainState state;
        try {
            state = dom.getState(0).state();
        } catch (VirtException e) {
            sh.error("Unable to get domain status");
            return false;
        }
        if (state == org.jvirt.DomainState.SHUTOFF) {
            sh.error("The domain is not running");
            return false;
        }
        boolean systemIn = sh.in() == System.in;
        boolean terminal = systemIn ? System.console() != null && System.console().isTerminal()
                : sh.in() instanceof org.jvirt.virsh.TerminalInput;
        if (!terminal) {
            sh.error("Cannot run interactive console without a controlling TTY");
            return false;
        }
        String esc = sh.escapeChar();
        sh.printExtra("Connected to domain '" + dom.getName() + "'\n");
        sh.printExtra("Escape character is " + esc + (esc.charAt(0) == '^' ? " (Ctrl + " + esc.charAt(1) + ")" : "") + "\n");
        sh.out().flush();
        if (!ConsolePty.isLocal(sh.conn().getURI())) {
            throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.NONE,
                    "this function is not supported by the connection driver: virDomainOpenConsole");
        }
        String tty = ConsolePty.find(dom.getXMLDesc(0), devname);
        int escape = ConsolePty.escapeByte(esc);
        try {
            if (systemIn) {
                onTerminal(sh, tty, escape);
            } else {
                ConsolePty.run(tty, ConsolePty.of(sh.in()), sh.out(), escape);
            }
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "cannot open console '%s': %s", tty, e.getMessage());
        }
        return true;
    }

    /** Raw mode for the session (no echo, no line editing, no signals: Ctrl-C goes to the guest). */
    private static void onTerminal(Shell sh, String tty, int escape) throws IOException {
        try (Terminal term = TerminalBuilder.builder().system(true).build()) {
            Attributes saved = term.enterRawMode();
            try {
                // cfmakeraw, as virsh: JLine's raw mode keeps ISIG (Ctrl-C would end jvirsh instead of reaching
                // the guest) and output processing
                Attributes raw = term.getAttributes();
                raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
                raw.setOutputFlag(Attributes.OutputFlag.OPOST, false);
                term.setAttributes(raw);
                NonBlockingReader r = term.reader();
                java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>();
                ConsolePty.run(tty, () -> {
                    if (!pending.isEmpty()) {
                        return pending.poll();
                    }
                    int c = r.read(100L);
                    if (c < 0x80) {
                        return c; // ASCII, EOF (-1) or READ_EXPIRED (-2)
                    }
                    // JLine decodes the terminal's UTF-8; the guest gets the bytes again
                    for (byte b : String.valueOf((char) c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        pending.add(b & 0xff);
                    }
                    return pending.poll();
                }, sh.out(), escape);
            } finally {
                term.setAttributes(saved);
            }
        }
        sh.out().print("\n");
    }
}
