package org.jvirt.virsh;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.Parser;

/**
 * jvirsh's entry point: virsh's own program options (getopt_long "+:c:d:e:hk:K:l:qrtvV", hand-written so the
 * messages match virsh byte for byte and nothing reflective runs at start-up), then the command(s) or the
 * interactive loop.
 */
public final class Main {

    private static final String[][] LONG = {
        {"connect", "c"}, {"debug", "d"}, {"escape", "e"}, {"help", "h"}, {"keepalive-interval", "k"},
        {"keepalive-count", "K"}, {"log", "l"}, {"quiet", "q"}, {"readonly", "r"}, {"timing", "t"},
        {"version", "V"},
    };
    private static final String WITH_ARG = "cdekKl";

    private Main() {
    }

    public static void main(String[] args) {
        // libvirt's messages follow LC_ALL / LC_MESSAGES / LANG, as gettext chooses them
        org.jvirt.error.Locales.install();
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int rc = run(args, System.in, out, err);
        out.flush();
        err.flush();
        // Everything is flushed and the terminal restored by run(); halt skips System.exit's shutdown
        // machinery (its Runtime.exit logging alone loads java.util.logging, milliseconds per one-shot run).
        Runtime.getRuntime().halt(rc);
    }

    /** Runs jvirsh in-process with this process's environment; returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.getenv());
    }

    /** Runs jvirsh in-process (tests use this) with the given environment variables; returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, java.util.Map<String, String> environment) {
        // virsh's virSetErrorFunc(NULL, virshErrorHandler): errors are reported by the commands, never by the
        // library's default printer
        org.jvirt.Errors.setErrorListener(e -> {
        });
        Shell sh = new Shell(out, err, environment);
        sh.in = in;
        String env = sh.getenv("VIRSH_DEFAULT_CONNECT_URI");
        if (env != null && !env.isEmpty()) {
            sh.connname = env;
        }
        boolean explicitConn = sh.connname != null;
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break; // '+' in the getopt string: options end at the first command word
            }
            i++;
            if (a.startsWith("--")) {
                String[] nv = Parser.longOption(a);
                String name = nv[0];
                String value = nv[1];
                String[] match = longOption(name);
                if (match == null) {
                    sh.error("unsupported option '" + a + "'. See --help.");
                    return 1;
                }
                char c = match[1].charAt(0);
                if (c == 'V') {
                    // --version[=short|long]: optional argument, short by default
                    if (value != null && value.equals("long")) {
                        longVersion(sh);
                    } else {
                        sh.print(LibVersion.TEXT + "\n");
                    }
                    sh.close();
                    return 0;
                }
                if (WITH_ARG.indexOf(c) >= 0) {
                    if (value == null) {
                        if (i >= args.length) {
                            sh.error("option '-" + c + "'/'--" + match[0] + "' requires an argument");
                            return 1;
                        }
                        value = args[i++];
                    }
                } else if (value != null) {
                    sh.error("option '--" + match[0] + "' doesn't allow an argument");
                    return 1;
                }
                Integer r = option(sh, c, value);
                if (r != null) {
                    return r;
                }
                if (c == 'c') {
                    explicitConn = true;
                }
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if ("cdehkKlqrtvV".indexOf(c) < 0) {
                    sh.error("unsupported option '-" + c + "'. See --help.");
                    return 1;
                }
                String value = null;
                if (WITH_ARG.indexOf(c) >= 0) {
                    if (k + 1 < a.length()) {
                        value = a.substring(k + 1);
                    } else if (i < args.length) {
                        value = args[i++];
                    } else {
                        String ln = longName(c);
                        sh.error("option '-" + c + "'/'--" + ln + "' requires an argument");
                        return 1;
                    }
                    k = a.length();
                }
                Integer r = option(sh, c, value);
                if (r != null) {
                    return r;
                }
                if (c == 'c') {
                    explicitConn = true;
                }
            }
        }
        List<String> rest = Arrays.asList(args).subList(i, args.length);
        List<Invocation> cmds = null;
        if (!rest.isEmpty()) {
            cmds = rest.size() == 1 ? Parser.parseString(rest.get(0), sh::error) : Parser.parseArgv(rest, sh::error);
            if (cmds == null) {
                sh.close();
                return 1;
            }
        }
        // virshInit: a named connection (-c, VIRSH_DEFAULT_CONNECT_URI) must work now; the default one is lazy
        if (explicitConn && !sh.reconnect(sh.connname, sh.readonly)) {
            sh.close();
            return 1;
        }
        try {
            if (cmds != null) {
                return sh.runAll(cmds) ? 0 : 1;
            }
            sh.setInteractive(true);
            Interactive.loop(sh, in);
            return 0;
        } finally {
            sh.close();
        }
    }

    private static String[] longOption(String name) {
        String[] found = null;
        for (String[] l : LONG) {
            if (l[0].equals(name)) {
                return l;
            }
            if (!name.isEmpty() && l[0].startsWith(name)) {
                if (found != null) {
                    return null; // ambiguous abbreviation
                }
                found = l;
            }
        }
        return found;
    }

    private static String longName(char c) {
        for (String[] l : LONG) {
            if (l[1].charAt(0) == c) {
                return l[0];
            }
        }
        return "";
    }

    /** Applies one program option; a non-null result means exit now with that status. */
    private static Integer option(Shell sh, char c, String value) {
        switch (c) {
            case 'c' -> sh.connname = value;
            case 'd' -> {
                Integer n = Shell.parseId(value);
                if (n == null) {
                    sh.error("option -d takes a numeric argument");
                    return 1;
                }
                if (n < 0 || n > 4) {
                    sh.error("ignoring debug level " + n + " out of range [0-4]");
                }
            }
            case 'e' -> {
                if (!validEscape(value)) {
                    sh.error("Invalid string '" + value + "' for escape sequence");
                    return 1;
                }
                sh.escapeChar = value;
            }
            case 'h' -> {
                Usage.print(sh);
                sh.close();
                return 0;
            }
            case 'k' -> {
                Integer n = Shell.parseId(value);
                if (n == null || n < 0) {
                    sh.error("Invalid value for option -k");
                    return 1;
                }
                sh.keepaliveInterval = n;
            }
            case 'K' -> {
                Integer n = Shell.parseId(value);
                if (n == null || n < 0) {
                    sh.error("Invalid value for option -K");
                    return 1;
                }
            }
            case 'l' -> { } // accepted; jvirsh keeps no log file
            case 'q' -> sh.quiet = true;
            case 'r' -> sh.readonly = true;
            case 't' -> sh.timing = true;
            case 'v' -> {
                sh.print(LibVersion.TEXT + "\n");
                sh.close();
                return 0;
            }
            case 'V' -> {
                longVersion(sh);
                sh.close();
                return 0;
            }
            default -> throw new IllegalStateException();
        }
        return null;
    }

    /** vshAllowedEscapeChar: a single printable character, or '^' followed by one letter/@[\]^_. */
    private static boolean validEscape(String s) {
        if (s.length() == 1) {
            return s.charAt(0) >= 0x20 && s.charAt(0) < 0x7f;
        }
        return s.length() == 2 && s.charAt(0) == '^' && "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_".indexOf(Character.toUpperCase(s.charAt(1))) >= 0;
    }

    /** -V: virsh's header, then what this build really contains (jvirsh's own identity). */
    private static void longVersion(Shell sh) {
        sh.print("Virsh command line tool of libvirt " + LibVersion.TEXT + "\n"
                + "See web site at https://libvirt.org/\n\n"
                + "Compiled with support for:\n"
                + " Hypervisors: Test\n"
                + " Networking: Network\n"
                + " Storage:\n"
                + " Miscellaneous: Readline\n");
    }
}
