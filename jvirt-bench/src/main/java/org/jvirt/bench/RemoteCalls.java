package org.jvirt.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jvirt.Connect;
import org.jvirt.Domain;

/**
 * Round trips through a daemon with jvirt's own client (the remote driver): {@code getInfo()} on domain
 * 'test', as bench/rpc-python.py does with python3-libvirt. Not JMH: each client needs its own connection
 * and the figure of interest is the aggregate over many clients.
 *
 * <pre>RemoteCalls URI CLIENTS CALLS_PER_CLIENT   prints: calls/s errors elapsed_s</pre>
 */
public final class RemoteCalls {

    private RemoteCalls() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        int clients = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        // warm-up on one connection so the JIT has seen the call path
        try (Connect c = Connect.open(uri)) {
            Domain d = c.domainLookupByName("test");
            for (int i = 0; i < Math.min(20_000, calls * 4); i++) {
                d.getInfo();
            }
        }
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try (Connect c = Connect.open(uri)) {
                    Domain d = c.domainLookupByName("test");
                    for (int i = 0; i < calls; i++) {
                        try {
                            d.getInfo();
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (RuntimeException e) {
                    errors.addAndGet(calls);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%.0f %d %.3f%n", (double) clients * calls / seconds, errors.get(), seconds);
        System.exit(0);
    }
}
