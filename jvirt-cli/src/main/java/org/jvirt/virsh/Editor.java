package org.jvirt.virsh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.jvirt.error.VirtException;

/**
 * virsh's edit loop (virsh-edit.c): write the XML to a temp file, run $VISUAL/$EDITOR/vi on it, redefine,
 * and on failure ask "Failed. Try again? [y,n,i,f,?]:" while keeping the user's edits.
 */
public final class Editor {

    /** Redefines from the edited text; the boolean is "validate". Returns the object's name. */
    public interface Define extends BiFunction<String, Boolean, String> {
    }

    private Editor() {
    }

    /**
     * @param notChanged message when the file is unchanged, {@code edited} after a successful redefine; both
     *                   take the object's name through %s
     */
    public static boolean edit(Shell sh, String original, boolean validate, Define define, String notChanged,
                               String edited) {
        return edit(sh, original, validate, define, notChanged, name -> {
            sh.printExtra(String.format(edited, name == null ? "(null)" : name));
            return true;
        });
    }

    /** What a command does once the object is redefined: its messages; the result is the command's. */
    public interface Done {
        /** @param name the redefined object's name, or null when virsh carries on without one (no terminal) */
        boolean accept(String name);
    }

    /**
     * The loop with the command's own ending.
     *
     * @param notChanged message for an unchanged file, or null to redefine it anyway (snapshot-edit --current)
     */
    public static boolean edit(Shell sh, String original, boolean validate, Define define, String notChanged,
                               Done done) {
        Path tmp;
        try {
            tmp = Files.createTempFile("virsh", ".xml");
            Files.writeString(tmp, original);
        } catch (IOException e) {
            sh.error("Failed to create temporary file: " + e.getMessage());
            return false;
        }
        try {
            while (true) {
                if (!runEditor(sh, tmp)) {
                    return false;
                }
                String now;
                try {
                    now = Files.readString(tmp);
                } catch (IOException e) {
                    sh.error("Failed to open file '" + tmp + "': " + e.getMessage());
                    return false;
                }
                if (now.equals(original) && notChanged != null) {
                    sh.printExtra(String.format(notChanged, define.apply(null, validate)));
                    return true;
                }
                try {
                    return done.accept(define.apply(now, validate));
                } catch (VirtException e) {
                    if (!hasTerminal()) {
                        // vshAskReedit answers -1 without a terminal: virsh reports only "Failed." and carries on
                        // as if the object had been redefined, with no object
                        sh.error("Failed.");
                        return done.accept(null);
                    }
                    sh.report(e);
                }
                // ask, as vshAskReedit does; without a terminal there is no one to ask
                while (true) {
                    char c = ask(sh);
                    if (c == 'y') {
                        break;
                    } else if (c == 'i' || c == 'f') {
                        validate = false;
                        try {
                            return done.accept(define.apply(now, false));
                        } catch (VirtException e) {
                            sh.report(e);
                        }
                    } else if (c == '?') {
                        sh.print("y - yes, start editing again\n"
                                + "n - no, throw away my changes\n"
                                + "i - turn off validation and try to redefine again\n"
                                + "f - force, try to redefine again\n"
                                + "? - print this help\n");
                    } else {
                        return false;
                    }
                }
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // best effort, as virsh's unlink
            }
        }
    }

    private static boolean hasTerminal() {
        return System.console() != null && System.console().isTerminal();
    }

    private static char ask(Shell sh) {
        sh.print("Failed. Try again? [y,n,i,f,?]:");
        sh.out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            sh.print("\n");
            return line == null || line.isEmpty() ? 'n' : Character.toLowerCase(line.charAt(0));
        } catch (IOException e) {
            return 'n';
        }
    }

    /** Characters virsh lets through unquoted in $EDITOR and the temporary file name (vsh.c ACCEPTED_CHARS). */
    private static final String ACCEPTED_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/_.:@";

    /**
     * vshEditFile: a plain editor name runs directly; one with arguments or other shell characters runs
     * through "sh -c", which virsh allows only for a temporary file name made of plain characters.
     */
    private static boolean runEditor(Shell sh, Path file) {
        String editor = sh.getenv("VISUAL");
        if (editor == null || editor.isEmpty()) {
            editor = sh.getenv("EDITOR");
        }
        if (editor == null || editor.isEmpty()) {
            editor = "vi";
        }
        List<String> argv;
        if (accepted(editor)) {
            argv = List.of(editor, file.toString());
        } else if (accepted(file.toString())) {
            argv = List.of("sh", "-c", editor + " " + file);
        } else {
            sh.error(file + ": temporary filename contains shell meta or other unacceptable characters (is $TMPDIR wrong?)");
            return false;
        }
        sh.out.flush();
        try {
            Process p = new ProcessBuilder(argv).inheritIO().start();
            int rc = p.waitFor();
            if (rc != 0) {
                StringBuilder shown = new StringBuilder();
                for (String a : argv) {
                    shown.append(shown.isEmpty() ? "" : " ").append(shellEscape(a));
                }
                sh.error("internal error: Child process (" + shown + ") unexpected exit status " + rc);
                return false;
            }
            return true;
        } catch (IOException e) {
            sh.error("Cannot run editor: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean accepted(String s) {
        return s.chars().allMatch(c -> ACCEPTED_CHARS.indexOf(c) >= 0);
    }

    /** virBufferEscapeShell, as virCommandToString shows each argument: single quotes only around metacharacters. */
    private static String shellEscape(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        if (s.chars().noneMatch(c -> "\r\t\n !\"#$&'()*;<>?[\\]^`{|}~".indexOf(c) >= 0)) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
