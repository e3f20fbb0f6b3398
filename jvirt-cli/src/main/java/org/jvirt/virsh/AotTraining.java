package org.jvirt.virsh;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The training run bin/jvirsh records its AOT cache from: one process that goes through both ways jvirsh is
 * used (one-shot commands from argv, and the shell reading stdin), so that the classes, lambdas and profiles
 * of each are in the cache. Output is discarded.
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) {
        org.jvirt.error.Locales.install();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        String[][] oneShots = {
            {"-c", "test:///default", "list"},
            {"-c", "test:///default", "list", "--all"},
            {"-c", "test:///default", "dominfo", "test"},
            {"-c", "test:///default", "domstate test --reason; dumpxml test; net-list --all"},
            {"-c", "test:///default", "nodeinfo"},
            {"-c", "test:///default", "nosuchcommand"},
        };
        for (String[] argv : oneShots) {
            Main.run(argv, InputStream.empty(), sink, sink);
        }
        String script = String.join("\n", "list --all", "dominfo test", "domstate test", "dumpxml test",
                "net-list --all", "net-dumpxml default", "nodeinfo", "version", "uri", "help list", "quit", "");
        Main.run(new String[] {"-c", "test:///default"},
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), sink, sink);
    }

    /** An empty stdin for the one-shot runs. */
    private static final class InputStream {
        static java.io.InputStream empty() {
            return new ByteArrayInputStream(new byte[0]);
        }
    }
}
