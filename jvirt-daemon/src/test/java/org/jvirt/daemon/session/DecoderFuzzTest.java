package org.jvirt.daemon.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.constraints.IntRange;
import org.jvirt.daemon.RawClient;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackRegisterAnyArgs;
import org.jvirt.rpc.remote.ConnectListAllDomainsArgs;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.DomainGetInfoArgs;
import org.jvirt.rpc.remote.DomainLookupByNameArgs;
import org.jvirt.rpc.remote.DomainSetMetadataArgs;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.DomainEventProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * Hostile bytes at the daemon's decoder: valid calls mutated (flipped bytes, bad lengths, truncation, unknown
 * program/version/procedure, garbage payloads). Whatever comes in, the daemon answers with well-formed packets
 * (an error record for a call it cannot serve) or closes that one connection; it keeps serving everyone else
 * and keeps no session of a client that left.
 */
class DecoderFuzzTest {

    private static TestDaemon daemon;
    private static List<byte[]> seeds;

    @BeforeContainer
    static void start() throws Exception {
        daemon = TestDaemon.start(Files.createTempDirectory("jvirtd-fuzz"), "");
        NonnullDomain test = new NonnullDomain("test", new byte[16], 1);
        seeds = List.of(
                packet(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", 0)),
                packet(ConnectProcedures.AUTH_LIST, XdrVoid.VOID),
                packet(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("test")),
                packet(DomainProcedures.DOMAIN_GET_INFO, new DomainGetInfoArgs(test)),
                packet(DomainProcedures.CONNECT_LIST_ALL_DOMAINS, new ConnectListAllDomainsArgs(1, 0)),
                packet(DomainProcedures.DOMAIN_SET_METADATA, new DomainSetMetadataArgs(test, 0, "x", null, null, 0)),
                packet(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, new ConnectDomainEventCallbackRegisterAnyArgs(0, test)));
    }

    @AfterContainer
    static void stop() {
        daemon.close();
    }

    private static <A> byte[] packet(RemoteProcedure<A, ?> p, A args) {
        return RpcMessage.of(RpcHeader.call(RpcPrograms.REMOTE, 1, p.number(), 1), p.args(), args).encode();
    }

    /** One mutation of one seed call, chosen by the seed number. */
    static byte[] mutate(long seed) {
        Random r = new Random(seed);
        byte[] base = seeds.get(r.nextInt(seeds.size()));
        byte[] b = Arrays.copyOf(base, base.length);
        switch (r.nextInt(7)) {
            case 0 -> { // flip a few bytes anywhere
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                }
            }
            case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length)); // truncated
            case 2 -> ByteBuffer.wrap(b).putInt(0, r.nextInt()); // any length word
            case 3 -> ByteBuffer.wrap(b).putInt(4 + 4 * r.nextInt(6), r.nextInt()); // any header field
            case 4 -> { // garbage payload, length word kept consistent
                byte[] g = new byte[r.nextInt(200)];
                r.nextBytes(g);
                byte[] n = Arrays.copyOf(b, 28 + g.length);
                System.arraycopy(g, 0, n, 28, g.length);
                ByteBuffer.wrap(n).putInt(0, n.length);
                b = n;
            }
            case 5 -> { // string or array lengths inside the payload made huge
                if (b.length >= 32) {
                    ByteBuffer.wrap(b).putInt(28 + 4 * r.nextInt((b.length - 28) / 4), 0x7fffff00 + r.nextInt(255));
                }
            }
            default -> { // two packets glued, the second cut short
                byte[] n = Arrays.copyOf(b, b.length + b.length / 2);
                System.arraycopy(b, 0, n, b.length, b.length / 2);
                b = n;
            }
        }
        return b;
    }

    @Property(tries = 300)
    void everyInputGetsAWellFormedAnswerOrAClose(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) throws Exception {
        byte[] input = mutate(seed);
        try (RawClient c = RawClient.connect(daemon.rwSocket())) {
            try {
                c.sendBytes(input);
                // a probe behind the input: answered when the daemon is still in step with this client
                c.send(new RpcMessage(RpcHeader.call(RpcPrograms.REMOTE, 1, ConnectProcedures.AUTH_LIST.number(), 424242), new byte[0]));
                // the daemon sees the end of the stream after our bytes: it answers what it can, then closes
                c.shutdownOutput();
            } catch (java.io.IOException closed) {
                // the daemon already dropped this connection: an allowed answer to a broken packet
            }
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (true) {
                assertThat(System.nanoTime()).as("neither an answer nor a close").isLessThan(end);
                RawClient.Received got = c.poll(Duration.ofMillis(50));
                if (got == null) {
                    continue;
                }
                RpcMessage m = got.message();
                if (m == null) {
                    break; // closed
                }
                RpcHeader h = m.header();
                assertThat(h.type()).as("daemons send replies and events only").isIn(1, 2);
                if (h.type() == 1 && h.status() == 1) {
                    RemoteError e = m.body(RemoteError.class);
                    assertThat(e.message()).isNotEmpty();
                }

            }
        }
        // a well-behaved client is still served
        try (RawClient ok = RawClient.connect(daemon.rwSocket())) {
            assertThat(ok.callOk(ConnectProcedures.AUTH_LIST, XdrVoid.VOID).types()).containsExactly(0);
        }
        awaitNoClients();
    }

    private static void awaitNoClients() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (daemon.daemon().server().clientCount() > 0 && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(daemon.daemon().server().clientCount()).as("sessions left behind").isZero();
    }
}
