package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.Network;
import org.jvirt.error.VirtException;

/**
 * Mutated test-driver node files (seed: a node with cpu/memory, inline and file= domains in several run states,
 * an inline and a file= network, written to a private temp dir) opened as {@code test:///PATH} for a bounded
 * time. Every input must end in an open connection (whose domains and networks then list and format) or a
 * {@link VirtException} with a code and a message: never another exception, never a hang (per-input timeout).
 *
 * <p>Time budget: {@code -Djvirt.fuzz.seconds=N} (default 10); per-input timeout
 * {@code -Djvirt.fuzz.timeoutMillis} (default 5000). A failure prints the try's seed and the input.
 */
class NodeFileFuzzTest {

    static final long SECONDS = Long.getLong("jvirt.fuzz.seconds", 10);
    static final long PER_INPUT_TIMEOUT_MS = Long.getLong("jvirt.fuzz.timeoutMillis", 5000);
    static final int TRIES = 2000;
    static final int BATCH = 50;

    static final String TEST_NS = "xmlns:test='http://libvirt.org/schemas/domain/test/1.0'";

    /** The seed node file; dom.xml and net.xml sit next to it. */
    static final String NODE = """
            <node %s>
            <cpu>
              <nodes>1</nodes>
              <sockets>2</sockets>
              <cores>2</cores>
              <threads>1</threads>
              <active>3</active>
              <mhz>2000</mhz>
              <model>x86_64</model>
            </cpu>
            <memory>4194304</memory>
            <domain type='test'>
              <name>fuzz1</name>
              <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>
              <memory>1048576</memory>
              <vcpu>2</vcpu>
              <os>
                <type>hvm</type>
              </os>
              <devices>
                <disk type='file' device='disk'>
                  <source file='/guest/disk1'/>
                  <target dev='vda' bus='virtio'/>
                </disk>
                <interface type='network'>
                  <mac address='52:54:00:11:22:33'/>
                  <source network='default'/>
                </interface>
              </devices>
              <test:runstate>3</test:runstate>
            </domain>
            <domain type='test'>
              <name>fuzz2</name>
              <memory>524288</memory>
              <os>
                <type>hvm</type>
              </os>
              <test:runstate>5</test:runstate>
              <test:hasmanagedsave/>
            </domain>
            <domain file='dom.xml'/>
            <network>
              <name>default</name>
              <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>
              <bridge name='virbr0'/>
              <forward/>
              <ip address='192.168.122.1' netmask='255.255.255.0'>
                <dhcp>
                  <range start='192.168.122.2' end='192.168.122.254'/>
                </dhcp>
              </ip>
            </network>
            <network file='net.xml'/>
            </node>
            """.formatted(TEST_NS);

    static final String DOM = """
            <domain type='test'>
              <name>fromfile</name>
              <memory>262144</memory>
              <os>
                <type>hvm</type>
              </os>
            </domain>
            """;

    static final String NET = """
            <network>
              <name>isolated</name>
              <bridge name='virbr9'/>
              <ip address='10.9.0.1' prefix='24'/>
            </network>
            """;

    private static Path dir;
    private static ExecutorService executor;
    private static long deadline;
    private static final AtomicLong opened = new AtomicLong();
    private static final AtomicLong rejected = new AtomicLong();

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("jvirt-nodefuzz");
        Files.writeString(dir.resolve("dom.xml"), DOM);
        Files.writeString(dir.resolve("net.xml"), NET);
        Files.writeString(dir.resolve("node.xml"), NODE);
        executor = newExecutor();
    }

    @AfterContainer
    static void stop() throws IOException {
        executor.shutdownNow();
        System.out.printf("NodeFileFuzzTest: %d node files opened, %d rejected with VirtException%n", opened.get(),
                rejected.get());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "node-fuzz");
            t.setDaemon(true); // a hung open must not keep the test JVM alive
            return t;
        });
    }

    @Example
    void theSeedItselfOpens() throws Exception {
        try (Connect c = Connect.open("test://" + dir.resolve("node.xml"))) {
            assertThat(c.listAllDomains(0)).extracting(Domain::getName).containsExactly("fuzz1", "fuzz2", "fromfile");
            assertThat(c.listAllNetworks(0)).extracting(Network::getName).containsExactlyInAnyOrder("default", "isolated");
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void mutatedNodeFilesOpenOrFailWithVirtException(@ForAll long seed) {
        for (String xml : batch(seed)) {
            check(seed, xml);
        }
    }

    /** The inputs of one try, all from one seed (one in twenty the seed as is); empty once the budget is spent. */
    static List<String> batch(long seed) {
        synchronized (NodeFileFuzzTest.class) {
            long now = System.nanoTime();
            if (deadline == 0) {
                deadline = now + TimeUnit.SECONDS.toNanos(SECONDS);
            }
            if (now - deadline > 0) {
                return List.of();
            }
        }
        Random r = new Random(seed);
        String[] out = new String[BATCH];
        for (int i = 0; i < BATCH; i++) {
            out[i] = r.nextInt(20) == 0 ? NODE : NodeFileMutator.mutate(NODE, r);
        }
        return List.of(out);
    }

    /** Writes the input next to dom.xml/net.xml, opens it on the fuzz thread under the timeout, classifies. */
    static void check(long seed, String input) {
        Path file = dir.resolve("input.xml");
        try {
            // getBytes, not writeString: a lone surrogate becomes '?' instead of failing the write
            Files.write(file, input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Future<?> f = executor.submit(() -> {
            try (Connect c = Connect.open("test://" + file)) {
                // what `list --all` and `dumpxml` / `net-dumpxml` would then do with what was loaded
                for (Domain d : c.listAllDomains(0)) {
                    assertThat(d.getXMLDesc(0)).startsWith("<domain");
                }
                for (Network n : c.listAllNetworks(0)) {
                    assertThat(n.getXMLDesc(0)).startsWith("<network");
                }
            }
            return null;
        });
        try {
            f.get(PER_INPUT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            opened.incrementAndGet();
        } catch (TimeoutException e) {
            f.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            fail("Connect.open hung for more than " + PER_INPUT_TIMEOUT_MS + " ms (seed " + seed + ") on node file:\n"
                    + input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VirtException ve) {
                assertThat(ve.code()).as("error code (seed %d) for node file:\n%s", seed, input).isNotNull();
                assertThat(ve.getMessage()).as("error message (seed %d) for node file:\n%s", seed, input).isNotBlank();
                rejected.incrementAndGet();
                return;
            }
            if (cause instanceof AssertionError ae) {
                throw ae;
            }
            throw new AssertionError("expected an open connection or a VirtException, got " + cause + " (seed "
                    + seed + ")\n--- node file ---\n" + input + "\n--- end ---", cause);
        }
    }
}
