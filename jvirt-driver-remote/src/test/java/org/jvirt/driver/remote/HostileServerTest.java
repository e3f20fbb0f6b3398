package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.remote.ConnectGetTypeRet;
import org.jvirt.rpc.remote.DomainLookupByNameArgs;
import org.jvirt.rpc.remote.DomainLookupByNameRet;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The client's decoder against a hostile daemon: valid replies mutated (bytes flipped, lengths changed, cut
 * short, garbage appended) on a real socket. Every call must end, with a value or a VirtException, never hang
 * and never leak another exception; a connection the peer left in an undefined state is closed.
 */
class HostileServerTest {

    private static FakeDaemon daemon;
    private static final java.util.concurrent.atomic.AtomicInteger TRIES = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.Map<String, Integer> OUTCOMES = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeContainer
    static void start() throws Exception {
        daemon = new FakeDaemon();
    }

    @AfterContainer
    static void stop() throws Exception {
        daemon.close();
        // the property really ran, and the mutations reached more than one kind of outcome
        assertThat(TRIES.get()).isEqualTo(200);
        assertThat(OUTCOMES).hasSizeGreaterThan(2);
    }

    @Property(tries = 200)
    void mutatedRepliesEndEveryCall(@ForAll long seed) throws Exception {
        TRIES.incrementAndGet();
        Random rnd = new Random(seed);
        RemoteClient client = new RemoteClient(UnixChannel.connect(daemon.socketPath()), new RemoteClient.Listener() {
            @Override
            public void onEvent(RpcMessage message) {
            }

            @Override
            public void onClose(VirtException error) {
            }
        });
        try (FakeDaemon.Conn conn = daemon.accept()) {
            boolean lookup = rnd.nextBoolean();
            CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> lookup
                    ? client.call(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("x"))
                    : client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()), r -> Thread.ofVirtual().start(r));
            RpcMessage m = conn.read();
            RpcMessage reply = switch (rnd.nextInt(3)) {
                case 0 -> RpcMessage.of(m.header().reply(RpcStatus.ERROR), RemoteError.class,
                        new RemoteError(42, 12, "Domain not found", 2, null, "Domain not found", null, null, -1, -1, null));
                case 1 -> lookup
                        ? RpcMessage.of(m.header().reply(RpcStatus.OK), DomainLookupByNameRet.class,
                                new DomainLookupByNameRet(new NonnullDomain("x", new byte[16], 3)))
                        : RpcMessage.of(m.header().reply(RpcStatus.OK), ConnectGetTypeRet.class, new ConnectGetTypeRet("TEST"));
                default -> RpcMessage.of(m.header().reply(RpcStatus.OK), XdrVoid.class, new XdrVoid());
            };
            conn.raw(mutate(reply.encode(), rnd));
            // what the peer leaves half-sent must not hold the caller: the link goes away next
            conn.close();
            Object outcome;
            try {
                outcome = call.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(VirtException.class);
                outcome = e.getCause();
            }
            assertThat(outcome).isNotNull();
            OUTCOMES.merge(outcome instanceof VirtException v ? v.code().name() : "value", 1, Integer::sum);
        } finally {
            client.close();
        }
    }

    private static byte[] mutate(byte[] packet, Random rnd) {
        byte[] p = packet.clone();
        switch (rnd.nextInt(5)) {
            case 0 -> {
                for (int k = 0, n = 1 + rnd.nextInt(4); k < n; k++) {
                    p[rnd.nextInt(p.length)] = (byte) rnd.nextInt(256);
                }
            }
            case 1 -> {
                // a length word that lies
                int len = rnd.nextBoolean() ? rnd.nextInt() : p.length + rnd.nextInt(64) - 32;
                p[0] = (byte) (len >>> 24);
                p[1] = (byte) (len >>> 16);
                p[2] = (byte) (len >>> 8);
                p[3] = (byte) len;
            }
            case 2 -> p = Arrays.copyOf(p, rnd.nextInt(p.length));
            case 3 -> {
                // a field inside the payload: string lengths, array counts, discriminants
                int at = 28 + rnd.nextInt(Math.max(1, p.length - 28));
                int v = rnd.nextBoolean() ? -1 : rnd.nextInt();
                for (int k = 0; k < 4 && at + k < p.length; k++) {
                    p[at + k] = (byte) (v >>> (24 - 8 * k));
                }
            }
            default -> {
                byte[] extra = new byte[rnd.nextInt(64)];
                rnd.nextBytes(extra);
                p = Arrays.copyOf(p, p.length + extra.length);
                System.arraycopy(extra, 0, p, packet.length, extra.length);
            }
        }
        return p;
    }
}
