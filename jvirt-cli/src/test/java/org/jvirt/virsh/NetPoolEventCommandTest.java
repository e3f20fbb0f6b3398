package org.jvirt.virsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jvirt.Connect;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.Parser;
import org.junit.jupiter.api.Test;

/**
 * The part of net-event and pool-event the golden cases cannot reach: events raised while the command waits
 * (from a second connection to the same test:///default instance) printed as virsh 9.0 prints them (lines
 * recorded from real virsh against libvirtd's test driver), with --loop counting them all until the timeout.
 */
class NetPoolEventCommandTest {

    @Test
    void loopsPrintEveryEventUntilTheTimeout() throws Exception {
        String out = run("net-event --event lifecycle --loop --timeout 3; pool-event --event lifecycle --loop --timeout 3; "
                + "pool-event --pool default-pool --event refresh --timeout 10", actor -> {
                    var n = actor.networkDefineXML("<network><name>npc</name><bridge name='npc0'/></network>");
                    n.create();
                    n.destroy();
                    n.undefine();
                    pause(3500);
                    var p = actor.storagePoolDefineXML("<pool type='dir'><name>npc</name><target><path>/npc</path>"
                            + "</target></pool>", 0);
                    p.build(0);
                    p.create(0);
                    p.destroy();
                    p.delete(0);
                    p.undefine();
                    pause(3500);
                    actor.storagePoolLookupByName("default-pool").refresh(0);
                });
        assertEquals("""
                event 'lifecycle' for network npc: Defined
                event 'lifecycle' for network npc: Started
                event 'lifecycle' for network npc: Stopped
                event 'lifecycle' for network npc: Undefined
                event loop timed out
                events received: 4

                event 'lifecycle' for storage pool npc: Defined
                event 'lifecycle' for storage pool npc: Created
                event 'lifecycle' for storage pool npc: Started
                event 'lifecycle' for storage pool npc: Stopped
                event 'lifecycle' for storage pool npc: Deleted
                event 'lifecycle' for storage pool npc: Undefined
                event loop timed out
                events received: 6

                event 'refresh' for storage pool default-pool
                events received: 1

                """, out);
    }

    private interface Actor {
        void act(Connect actor) throws Exception;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the commands while {@code actor} acts 300 ms later on its own connection; the commands' stdout. */
    private static String run(String line, Actor actor) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Shell sh = new Shell(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertTrue(sh.reconnect("test:///default", false));
        List<Invocation> cmds = Parser.parseString(line, e -> { throw new AssertionError(e); });
        Thread t;
        try (Connect c = Connect.open("test:///default")) {
            t = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(300);
                    actor.act(c);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            boolean ok = sh.runAll(cmds);
            t.join();
            assertTrue(ok, out.toString(StandardCharsets.UTF_8) + err);
        } finally {
            sh.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
