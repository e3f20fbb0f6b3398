package org.jvirt.virsh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** The commands that read an XML file (define, create, net-define, net-create, attach-device...). */
public final class XmlFiles {

    private XmlFiles() {
    }

    /** virFileReadAll as virsh reports it. */
    public static String read(String file) {
        return text(bytes(file));
    }

    /** The file's bytes (virFileReadAll), with virsh's messages for a missing or unreadable file. */
    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new OptionException("Failed to open file '" + file + "': No such file or directory");
        } catch (IOException e) {
            throw new OptionException("Failed to read file '" + file + "': " + e.getMessage());
        }
    }

    /**
     * The text virsh hands on: a C string, so it ends at the first NUL byte; bytes that are not UTF-8 are kept as
     * replacement characters instead of failing the read (the consumer then rejects or passes them, as in virsh).
     */
    private static String text(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Reads the --file option, makes an object of its text and says so; {@code failed} takes the file name
     * through %s, {@code done} the object's name and then the file name.
     */
    public static <T> boolean make(Shell sh, Invocation cmd, Function<String, T> make, Function<T, String> name,
                                   String failed, String done) {
        String file = cmd.string("file");
        String xml = read(file);
        T made;
        try {
            made = make.apply(xml);
        } catch (VirtException e) {
            throw sh.fail(String.format(failed, file), e);
        }
        sh.printExtra(String.format(done, name.apply(made), file));
        return true;
    }
}
