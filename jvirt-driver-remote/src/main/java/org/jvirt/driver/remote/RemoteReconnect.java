package org.jvirt.driver.remote;

import java.time.Duration;
import org.jvirt.error.VirtException;

/**
 * The background reconnect of a connection whose listeners should outlive its link: attempts with a growing
 * pause until one succeeds or the connection is closed.
 */
record RemoteReconnect(Duration first, Duration max) {

    static final RemoteReconnect DEFAULT = new RemoteReconnect(Duration.ofMillis(500), Duration.ofSeconds(10));

    private static final class Log {
        static final System.Logger LOG = System.getLogger("org.jvirt.driver.remote");
    }

    void start(RemoteConnection c) {
        Thread.ofVirtual().name("jvirt-remote-reconnect").start(() -> {
            try {
                run(c);
            } finally {
                c.reconnectEnded();
            }
        });
    }

    private void run(RemoteConnection c) {
        Duration pause = first;
        while (!c.isClosed()) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            if (c.isClosed()) {
                return;
            }
            try {
                c.reopen();
                return;
            } catch (VirtException e) {
                Log.LOG.log(System.Logger.Level.DEBUG, "reconnect to {0} failed: {1}", c.target().name(), e.getMessage());
                pause = pause.multipliedBy(2).compareTo(max) > 0 ? max : pause.multipliedBy(2);
            }
        }
    }
}
