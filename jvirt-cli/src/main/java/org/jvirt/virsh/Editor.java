package org.jvirt.virsh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                if (now.equals(original)) {
                    sh.print(String.format(notChanged, define.apply(null, validate)));
                    return true;
                }
                try {
                    String name = define.apply(now, validate);
                    sh.print(String.format(edited, name));
                    return true;
                } catch (VirtException e) {
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
                            String name = define.apply(now, false);
                            sh.print(String.format(edited, name));
                            return true;
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

    private static char ask(Shell sh) {
        if (System.console() == null) {
            return 'n';
        }
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

    /** virEditFile: the command runs through the shell so that $EDITOR may carry arguments. */
    private static boolean runEditor(Shell sh, Path file) {
        String editor = System.getenv("VISUAL");
        if (editor == null || editor.isEmpty()) {
            editor = System.getenv("EDITOR");
        }
        if (editor == null || editor.isEmpty()) {
            editor = "vi";
        }
        sh.out.flush();
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", editor + " " + file).inheritIO().start();
            int rc = p.waitFor();
            if (rc != 0) {
                sh.error("Child process (" + editor + " " + file + ") unexpected exit status " + rc);
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
}
