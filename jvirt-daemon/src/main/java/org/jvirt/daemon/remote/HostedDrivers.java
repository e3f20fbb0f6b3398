package org.jvirt.daemon.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.Connect;
import org.jvirt.error.VirtException;

/**
 * The stateful hypervisor drivers jvirtd has served, kept loaded until the daemon stops, as libvirtd keeps its
 * drivers (stateInitialize .. stateCleanup). The in-process QEMU driver lets go of its guests' monitors when its
 * last connection closes; in the daemon that would leave QEMU's events (the guest's SHUTDOWN that finishes a
 * reboot or a shutdown) unread between two clients. One extra connection per served URI holds it.
 */
final class HostedDrivers implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("org.jvirt.daemon");

    /** URI prefixes of the drivers that watch running guests (libvirt's stateful drivers that jvirt hosts). */
    private static final List<String> STATEFUL = List.of("qemu:///");

    private final Map<String, Connect> held = new LinkedHashMap<>(); // guarded by itself
    private boolean closed;

    /** Called after a client opened {@code conn}: from now on the daemon holds its driver too. */
    void retain(Connect conn) {
        String uri;
        try {
            uri = conn.getURI();
        } catch (VirtException e) {
            return;
        }
        if (uri == null || STATEFUL.stream().noneMatch(uri::startsWith)) {
            return;
        }
        synchronized (held) {
            if (closed || held.containsKey(uri)) {
                return;
            }
            try {
                held.put(uri, Connect.open(uri, 0));
            } catch (VirtException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot hold the driver of " + uri + ": " + e.getMessage());
            }
        }
    }

    /** The daemon stops: the drivers let go (guests keep running, as when libvirtd stops). */
    @Override
    public void close() {
        List<Connect> conns;
        synchronized (held) {
            closed = true;
            conns = List.copyOf(held.values());
            held.clear();
        }
        for (Connect c : conns) {
            try {
                c.close();
            } catch (VirtException e) {
                // closing anyway
            }
        }
    }
}
