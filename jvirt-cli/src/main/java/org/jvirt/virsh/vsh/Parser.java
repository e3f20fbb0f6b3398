package org.jvirt.virsh.vsh;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * vsh's command-line grammar: a whole line is split into words (quotes, backslashes, '#' comments, ';' and
 * newlines between commands); several program arguments are taken word for word. Words are then matched
 * against the command's option specs exactly the way vshCommandParse does, with its error messages.
 * The whole input is parsed before anything runs: one error and nothing runs.
 */
public final class Parser {

    private enum Tk { ARG, SUBCMD_END, END, ERROR }

    private final Consumer<String> error;
    private final String line;
    private final List<String> argv;
    private int pos;
    private String word;

    private Parser(String line, List<String> argv, Consumer<String> error) {
        this.line = line;
        this.argv = argv;
        this.error = error;
    }

    /** "--name" or "--name=value" (both the program's and the commands' long options): {name, value or null}. */
    public static String[] longOption(String word) {
        String name = word.substring(2);
        int eq = name.indexOf('=');
        return eq < 0 ? new String[] {name, null} : new String[] {name.substring(0, eq), name.substring(eq + 1)};
    }

    /** Parses a command string; null after reporting an error. */
    public static List<Invocation> parseString(String line, Consumer<String> error) {
        return new Parser(line, null, error).parse();
    }

    /** Parses program arguments, one word each (no ';' splitting, as virsh does with several arguments). */
    public static List<Invocation> parseArgv(List<String> argv, Consumer<String> error) {
        return new Parser(null, argv, error).parse();
    }

    private Tk next() {
        return line != null ? nextFromString() : nextFromArgv();
    }

    private Tk nextFromArgv() {
        if (pos >= argv.size()) {
            return Tk.END;
        }
        word = argv.get(pos++);
        return Tk.ARG;
    }

    private Tk nextFromString() {
        int n = line.length();
        while (pos < n && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t'
                || (line.charAt(pos) == '\\' && pos + 1 < n && line.charAt(pos + 1) == '\n'))) {
            pos += line.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos >= n) {
            return Tk.END;
        }
        char c = line.charAt(pos);
        if (c == ';' || c == '\n') {
            pos++;
            return Tk.SUBCMD_END;
        }
        if (c == '#') {
            while (pos < n && line.charAt(pos) != '\n') {
                pos++;
            }
            if (pos < n) {
                pos++;
            }
            return Tk.SUBCMD_END;
        }
        StringBuilder q = new StringBuilder();
        boolean single = false;
        boolean dbl = false;
        while (pos < n) {
            c = line.charAt(pos);
            if (!dbl && !single && (c == ' ' || c == '\t' || c == ';' || c == '\n')) {
                break;
            }
            if (!dbl && c == '\'') {
                single = !single;
                pos++;
                continue;
            } else if (!single && c == '\\') {
                pos++;
                if (pos >= n) {
                    error.accept("dangling \\");
                    return Tk.ERROR;
                } else if (line.charAt(pos) == '\n') {
                    pos++;
                    continue;
                }
                c = line.charAt(pos);
            } else if (!single && c == '"') {
                dbl = !dbl;
                pos++;
                continue;
            }
            q.append(c);
            pos++;
        }
        if (dbl) {
            error.accept("missing \"");
            return Tk.ERROR;
        }
        word = q.toString();
        return Tk.ARG;
    }

    private List<Invocation> parse() {
        List<Invocation> out = new ArrayList<>();
        CommandTable table = CommandTable.get();
        while (true) {
            CommandDef cmd = null;
            Invocation inv = null;
            boolean dataOnly = false;
            Tk tk;
            while (true) {
                tk = next();
                if (tk == Tk.ERROR) {
                    return null;
                }
                if (tk != Tk.ARG) {
                    break;
                }
                String w = word;
                if (cmd == null) {
                    if (w.startsWith("#")) {
                        // a first word starting with '#' comments out the rest of the command
                        do {
                            tk = next();
                        } while (tk == Tk.ARG);
                        break;
                    }
                    cmd = table.find(w);
                    if (cmd == null) {
                        error.accept("unknown command: '" + w + "'");
                        return null;
                    }
                    inv = new Invocation(cmd);
                    continue;
                }
                if (!dataOnly && w.length() > 2 && w.startsWith("--") && Character.isLetterOrDigit(w.charAt(2))) {
                    String[] nv = longOption(w);
                    String name = nv[0];
                    String value = nv[1];
                    if (name.equals("help")) {
                        inv.markHelp();
                        continue;
                    }
                    OptDef opt = cmd.opt(name);
                    if (opt == null) {
                        if (cmd.name().equals("help")) {
                            continue; // vsh ignores spurious options of 'help'
                        }
                        error.accept("command '" + cmd.name() + "' doesn't support option --" + name);
                        return null;
                    }
                    if (inv.seen(opt) && opt.type() != OptDef.Type.ARGV) {
                        error.accept("option --" + name + " already seen");
                        return null;
                    }
                    if (opt.type() == OptDef.Type.BOOL) {
                        if (value != null) {
                            error.accept("invalid '=' after option --" + opt.name());
                            return null;
                        }
                        inv.put(opt, null);
                    } else {
                        if (value == null) {
                            tk = next();
                            if (tk == Tk.ERROR) {
                                return null;
                            }
                            if (tk != Tk.ARG) {
                                error.accept("expected syntax: --" + opt.name() + " <" + opt.syntaxWord() + ">");
                                return null;
                            }
                            value = word;
                        }
                        inv.put(opt, value);
                    }
                } else if (!dataOnly && w.equals("--")) {
                    dataOnly = true;
                } else {
                    OptDef opt = inv.nextPositional();
                    if (opt == null) {
                        if (cmd.name().equals("help")) {
                            continue;
                        }
                        error.accept("unexpected data '" + w + "'");
                        return null;
                    }
                    inv.put(opt, w);
                }
            }
            if (inv != null) {
                if (inv.isHelp()) {
                    inv = Invocation.helpFor(table.find("help"), cmd.name());
                } else {
                    boolean missing = false;
                    for (OptDef o : cmd.opts()) {
                        if (o.required() && !inv.seen(o)) {
                            missing = true;
                            error.accept(o.type() == OptDef.Type.DATA || o.type() == OptDef.Type.ARGV
                                    ? "command '" + cmd.name() + "' requires <" + o.name() + "> option"
                                    : "command '" + cmd.name() + "' requires --" + o.name() + " option");
                        }
                    }
                    if (missing) {
                        return null;
                    }
                }
                out.add(inv);
            }
            if (tk == Tk.END) {
                break;
            }
        }
        return out;
    }
}
