package org.jvirt.virsh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.jvirt.spi.ConnectDriverProvider;

/**
 * Writes to the file named by its argument the driver providers on the class path as ServiceLoader finds them
 * (class-path order), comma-separated on one line. bin/jvirsh records this when it retrains its AOT cache and
 * passes it as {@code -Djvirt.drivers}, so that a run does not open every jar looking for META-INF/services
 * files. A process of its own, not part of the training run: the classes of that scan would otherwise land in the
 * AOT cache and be loaded at every start.
 */
public final class DriverList {

    private DriverList() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder b = new StringBuilder();
        // provider constructors do nothing (the SPI's rule), so instantiating them to learn their class is free
        ClassLoader loader = DriverList.class.getClassLoader();
        for (ConnectDriverProvider p : ServiceLoader.load(ConnectDriverProvider.class, loader)) {
            b.append(b.isEmpty() ? "" : ",").append(p.getClass().getName());
        }
        Files.writeString(Path.of(args[0]), b.append('\n'), StandardCharsets.UTF_8);
    }
}
