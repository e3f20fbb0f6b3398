package org.jvirt.daemon.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jvirt.daemon.conf.DaemonConfig;
import org.jvirt.daemon.net.Listener;
import org.jvirt.daemon.net.Transport;
import org.jvirt.daemon.remote.RemoteProgram;

/**
 * The client side of the daemon (libvirt's virNetServer): accepts on every listener, one session per client,
 * max_clients enforced the way libvirtd does (stop accepting while full, drop a connection that slips in),
 * max_workers calls running at once, and the idle clock behind --timeout.
 */
public final class Server implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("org.jvirt.daemon");

    private final DaemonConfig config;
    private final RemoteProgram program;
    private final Semaphore workers;
    private final Set<ClientSession> clients = ConcurrentHashMap.newKeySet();
    private final List<Listener> listeners = new ArrayList<>();
    private final List<Thread> acceptors = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int count;
    private long idleSince = System.nanoTime();
    private volatile boolean stopped;

    public Server(DaemonConfig config, RemoteProgram program) {
        this.config = config;
        this.program = program;
        this.workers = new Semaphore(Math.max(1, config.maxWorkers()));
    }

    DaemonConfig config() {
        return config;
    }

    RemoteProgram program() {
        return program;
    }

    /** Starts accepting on {@code l}; the server owns it from now on. */
    public void listen(Listener l) {
        lock.lock();
        try {
            listeners.add(l);
            acceptors.add(Thread.ofVirtual().name("jvirtd-accept " + l.describe()).start(() -> acceptLoop(l)));
        } finally {
            lock.unlock();
        }
    }

    private void acceptLoop(Listener l) {
        while (!stopped) {
            try {
                awaitSlot();
                Transport t = l.accept();
                if (!add(t)) {
                    LOG.log(System.Logger.Level.WARNING, "Too many active clients (" + config.maxClients()
                            + "), dropping connection from " + t.describe());
                    t.close();
                }
            } catch (IOException e) {
                if (!stopped) {
                    LOG.log(System.Logger.Level.WARNING, "accept failed on " + l.describe() + ": " + e.getMessage());
                    sleepQuietly();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** libvirt suspends its listeners while the client table is full; connections wait in the backlog. */
    private void awaitSlot() throws InterruptedException {
        lock.lock();
        try {
            while (!stopped && count >= config.maxClients()) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean add(Transport t) {
        ClientSession s;
        lock.lock();
        try {
            if (stopped || count >= config.maxClients()) {
                return false;
            }
            s = new ClientSession(t, this);
            count++;
            clients.add(s);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        ClientSession.newThread(s::run, clientCount());
        return true;
    }

    void removed(ClientSession s) {
        lock.lock();
        try {
            if (clients.remove(s)) {
                count--;
                if (count == 0) {
                    idleSince = System.nanoTime();
                }
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one call within max_workers. */
    void runCall(Runnable call) {
        workers.acquireUninterruptibly();
        try {
            call.run();
        } finally {
            workers.release();
        }
    }

    public int clientCount() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until the server stops, or, with {@code idleTimeoutSeconds} > 0, until it has had no client for
     * that long (libvirtd's --timeout); returns true when it stopped for idleness.
     */
    public boolean awaitIdleOrStop(int idleTimeoutSeconds) throws InterruptedException {
        long limit = TimeUnit.SECONDS.toNanos(idleTimeoutSeconds);
        lock.lock();
        try {
            while (!stopped) {
                if (idleTimeoutSeconds <= 0) {
                    changed.await();
                    continue;
                }
                if (count > 0) {
                    changed.await();
                    continue;
                }
                long idle = System.nanoTime() - idleSince;
                if (idle >= limit) {
                    return true;
                }
                changed.awaitNanos(limit - idle);
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Stops accepting (removing socket files), drops every client, releasing what each held. */
    @Override
    public void close() {
        List<Listener> ls;
        lock.lock();
        try {
            if (stopped) {
                return;
            }
            stopped = true;
            ls = new ArrayList<>(listeners);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (Listener l : ls) {
            l.close();
        }
        for (Thread t : acceptors) {
            t.interrupt();
        }
        for (ClientSession s : List.copyOf(clients)) {
            s.close();
        }
        program.close();
    }
}
