package org.jvirt.virsh.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** Shared steps of the domain commands: the act-and-report pattern and reading XML files. */
final class Dom {

    private Dom() {
    }

    /**
     * Looks the domain up, applies {@code action}, prints {@code ok} or reports {@code failed} followed by the
     * libvirt error; both messages name the domain as the user typed it, as virsh does.
     */
    static boolean act(Shell sh, Invocation cmd, Consumer<Domain> action, String ok, String failed) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String name = cmd.string("domain");
        try {
            action.accept(dom);
        } catch (VirtException e) {
            throw sh.fail(String.format(failed, name), e);
        }
        sh.print(String.format(ok, name));
        return true;
    }

    /** virFileReadAll as virsh reports it. */
    static String readFile(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new OptionException("Failed to open file '" + file + "': No such file or directory");
        } catch (IOException e) {
            throw new OptionException("Failed to read file '" + file + "': " + e.getMessage());
        }
    }
}
