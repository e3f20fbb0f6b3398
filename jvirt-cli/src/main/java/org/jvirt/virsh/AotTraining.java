package org.jvirt.virsh;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The training run bin/jvirsh records its AOT cache from: the one-shot commands scripts use most, so that their
 * classes, lambdas and profiles are in the cache. Output is discarded.
 *
 * <p>Deliberately short: JDK 25 loads and links every class of the cache at every start, so each extra path costs
 * every run. Measured on a one-shot {@code list}: the earlier training, which also ran an error, net-dumpxml and a
 * piped interactive session, cost about 2 ms more; training {@code list} alone would save another 1-2 ms but make
 * {@code dominfo} or {@code dumpxml} about 20 ms slower (their classes would come from the jars). The interactive
 * shell starts once per session and loads what it needs beyond this from the jars.
 */
public final class AotTraining {

    private static final String[][] ONE_SHOTS = {
        {"-c", "test:///default", "list"},
        {"-c", "test:///default", "list", "--all"},
        {"-c", "test:///default", "dominfo", "test"},
        {"-c", "test:///default", "domstate", "test"},
        {"-c", "test:///default", "dumpxml", "test"},
        {"-c", "test:///default", "net-list", "--all"},
        {"-c", "test:///default", "nodeinfo"},
        {"--version"},
    };

    private AotTraining() {
    }

    public static void main(String[] args) {
        org.jvirt.error.Locales.install();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (String[] argv : ONE_SHOTS) {
            Main.run(argv, new ByteArrayInputStream(new byte[0]), sink, sink);
        }
    }
}
