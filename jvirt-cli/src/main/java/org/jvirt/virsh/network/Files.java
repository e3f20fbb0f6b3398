package org.jvirt.virsh.network;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jvirt.virsh.vsh.OptionException;

/** virFileReadAll as virsh reports it. */
final class Files {

    private Files() {
    }

    static String read(String file) {
        try {
            return java.nio.file.Files.readString(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new OptionException("Failed to open file '" + file + "': No such file or directory");
        } catch (IOException e) {
            throw new OptionException("Failed to read file '" + file + "': " + e.getMessage());
        }
    }
}
