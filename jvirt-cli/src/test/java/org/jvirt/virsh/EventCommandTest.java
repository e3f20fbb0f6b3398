package org.jvirt.virsh;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jvirt.Domain;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.Parser;
import org.junit.jupiter.api.Test;

/**
 * The part of {@code event} the golden cases cannot reach: events raised while the command waits (on
 * test:///default only a second thread on the same connection can raise them) are printed as virsh prints them.
 */
class EventCommandTest {

    @Test
    void printsTheFirstEventRaisedWhileWaiting() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Shell sh = new Shell(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertTrue(sh.reconnect("test:///default", false));
        List<Invocation> cmds = Parser.parseString("event --domain test --event lifecycle --timeout 10 --timestamp",
                e -> { throw new AssertionError(e); });
        Domain dom = sh.conn().domainLookupByName("test");
        AtomicBoolean finished = new AtomicBoolean();
        Thread raiser = Thread.ofVirtual().start(() -> {
            // the registration happens inside the command: keep raising events until one is seen
            while (!finished.get()) {
                dom.suspend();
                dom.resume();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        boolean ok;
        try {
            ok = sh.runAll(cmds);
        } finally {
            finished.set(true);
            raiser.join();
            sh.close();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(ok, text + err);
        assertTrue(text.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000: "
                + "event 'lifecycle' for domain 'test': (Suspended Paused|Resumed Unpaused)\n"
                + "events received: 1\n\n"), text);
        assertFalse(text.contains("timed out"), text);
    }
}
