package org.jvirt.virsh;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.virsh.vsh.Invocation;

/**
 * cd [dir]: interactive only, as in virsh. The JVM cannot chdir; we move user.dir, which is what pwd and our
 * relative file arguments resolve against.
 */
final class CdCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        if (!sh.isInteractive()) {
            sh.error("cd: command valid only in interactive mode");
            return false;
        }
        String dir = cmd.string("dir");
        if (dir == null) {
            dir = System.getProperty("user.home", "/");
        }
        Path p = Path.of(System.getProperty("user.dir")).resolve(dir).normalize();
        if (!Files.isDirectory(p)) {
            sh.error("cd: No such file or directory: " + dir);
            return false;
        }
        System.setProperty("user.dir", p.toString());
        return true;
    }
}
