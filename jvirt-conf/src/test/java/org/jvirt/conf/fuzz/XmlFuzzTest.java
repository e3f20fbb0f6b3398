package org.jvirt.conf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.network.NetworkDef;
import org.jvirt.conf.network.NetworkParseOptions;
import org.jvirt.conf.network.NetworkXml;
import org.jvirt.error.VirtException;

/**
 * Issue section 8: mutated and truncated domain and network XML, seeded from the golden fixtures, fed to the parser for a
 * bounded time. Every input must end in a parsed (and formattable) definition or a {@link VirtException} with a
 * code and a message: never another exception, never a hang (each input runs under a per-input timeout).
 *
 * <p>Time budget per property: {@code -Djvirt.fuzz.seconds=N} (default 10); after it the remaining tries are
 * empty. A failure prints the try's seed (which regenerates its inputs with {@link #batch}) and the input.
 */
class XmlFuzzTest {

    static final long SECONDS = Long.getLong("jvirt.fuzz.seconds", 10);
    static final long PER_INPUT_TIMEOUT_MS = Long.getLong("jvirt.fuzz.timeoutMillis", 5000);
    /** Tries per property x inputs per try bounds the work on a fast machine; the time budget on a slow one. */
    static final int TRIES = 4000;
    static final int BATCH = 100;

    private static final List<String> DOMAIN_SEEDS = XmlMutator.seeds("domainxml2xml");
    private static final List<String> NETWORK_SEEDS = XmlMutator.seeds("networkxml2xml");
    private static final Deadline DOMAIN_DEADLINE = new Deadline();
    private static final Deadline NETWORK_DEADLINE = new Deadline();

    private static ExecutorService executor;
    private static final AtomicLong parsed = new AtomicLong();
    private static final AtomicLong rejected = new AtomicLong();

    @BeforeContainer
    static void start() {
        executor = newExecutor();
    }

    @AfterContainer
    static void stop() {
        executor.shutdownNow();
        System.out.printf("XmlFuzzTest: %d inputs parsed, %d rejected with VirtException%n", parsed.get(), rejected.get());
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xml-fuzz");
            t.setDaemon(true); // a hung parse must not keep the test JVM alive
            return t;
        });
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void domainXmlParsesOrFailsWithVirtException(@ForAll long seed) {
        DomainParseOptions opts = DomainParseOptions.testDriver();
        for (String xml : batch(DOMAIN_SEEDS, seed, DOMAIN_DEADLINE)) {
            check(seed, xml, () -> {
                DomainDef def = DomainXml.parse(xml, opts);
                assertThat(def).isNotNull();
                // what define then dumpxml would do with it: formatting a parsed definition must not fail
                return DomainXml.format(def, DomainFormatOptions.INACTIVE);
            });
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void networkXmlParsesOrFailsWithVirtException(@ForAll long seed) {
        NetworkParseOptions opts = NetworkParseOptions.defaults();
        for (String xml : batch(NETWORK_SEEDS, seed, NETWORK_DEADLINE)) {
            check(seed, xml, () -> {
                NetworkDef def = NetworkXml.parse(xml, opts);
                assertThat(def).isNotNull();
                return NetworkXml.format(def, 0);
            });
        }
    }

    /**
     * The BATCH inputs of one try: mutants of the fixtures (one in twenty a fixture as is), all from one seed so a
     * failure is reproducible from the seed printed with it. Empty once the property's time budget is spent.
     */
    static List<String> batch(List<String> seeds, long seed, Deadline deadline) {
        assertThat(seeds).as("fixtures for the fuzz test").isNotEmpty();
        if (deadline.passed()) {
            return List.of();
        }
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            String s = seeds.get(r.nextInt(seeds.size()));
            out.add(r.nextInt(20) == 0 ? s : XmlMutator.mutate(s, r));
        }
        return out;
    }

    /** Starts counting at the first try of a property. */
    static final class Deadline {
        private long end;

        synchronized boolean passed() {
            long now = System.nanoTime();
            if (end == 0) {
                end = now + TimeUnit.SECONDS.toNanos(SECONDS);
            }
            return now - end > 0;
        }
    }

    /** Runs the parse on the fuzz thread under the per-input timeout and classifies the outcome. */
    static void check(long seed, String input, Callable<?> parse) {
        Future<?> f = executor.submit(parse);
        try {
            f.get(PER_INPUT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            parsed.incrementAndGet();
        } catch (TimeoutException e) {
            f.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            fail("parser hung for more than " + PER_INPUT_TIMEOUT_MS + " ms (seed " + seed + ") on input:\n" + input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VirtException ve) {
                assertThat(ve.code()).as("error code (seed %d) for input:\n%s", seed, input).isNotNull();
                assertThat(ve.getMessage()).as("error message (seed %d) for input:\n%s", seed, input).isNotBlank();
                rejected.incrementAndGet();
                return;
            }
            if (cause instanceof AssertionError ae) {
                throw ae;
            }
            throw new AssertionError("expected a parsed definition or a VirtException, got " + cause + " (seed " + seed + ")"
                    + "\n--- input ---\n" + input + "\n--- end ---", cause);
        }
    }
}
