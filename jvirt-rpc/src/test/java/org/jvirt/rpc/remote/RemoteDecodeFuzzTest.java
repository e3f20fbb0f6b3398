package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.jvirt.rpc.xdr.XdrCodecs;
import org.jvirt.rpc.xdr.XdrException;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * Hostile payloads against every declared layout, as a daemon (arguments) or a client (results, events, errors)
 * would decode them: random bytes and mutations of valid encodings must decode to a value or fail with
 * {@link XdrException}; never another exception, never a hang (each try runs under a timeout).
 */
class RemoteDecodeFuzzTest {

    static final int TRIES = 400;
    static final long TIMEOUT_SECONDS = 20;

    /** Every payload type on the wire, once. */
    static final List<Class<?>> TYPES = payloadTypes();
    /** Valid encodings of each type (several variants), the raw material of the mutations. */
    static final List<List<byte[]>> VALID = validEncodings();

    static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xdr-fuzz");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stop() {
        WORKER.shutdownNow();
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void hostilePayloadsDecodeOrFailWithXdrException(@ForAll long seed) throws Exception {
        Future<?> run = WORKER.submit(() -> {
            Random r = new Random(seed);
            for (int t = 0; t < TYPES.size(); t++) {
                byte[] input = r.nextInt(5) == 0 ? randomBytes(r) : mutate(r, pick(r, VALID.get(t)), pick(r, pick(r, VALID)));
                decodeCleanly(TYPES.get(t), input, seed);
            }
        });
        try {
            run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            fail("decoding hung, seed " + seed);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) (e.getCause() instanceof Exception x ? x : new AssertionError(e.getCause()));
        }
    }

    @Example
    void everyStrictPrefixOfAValidEncodingIsRefused() {
        int prefixes = 0;
        for (int t = 0; t < TYPES.size(); t++) {
            for (byte[] valid : VALID.get(t)) {
                for (int cut = 0; cut < valid.length; cut += 4) {
                    byte[] prefix = Arrays.copyOf(valid, cut);
                    Class<?> type = TYPES.get(t);
                    assertThatThrownBy(() -> XdrCodecs.decode(type, prefix)).as("%s cut at %d", type.getSimpleName(), cut)
                            .isInstanceOf(XdrException.class);
                    prefixes++;
                }
            }
        }
        assertThat(prefixes).isGreaterThan(1000);
    }

    @Example
    void theTypeListCoversEveryProcedure() {
        assertThat(TYPES).contains(RemoteError.class, ConnectOpenArgs.class, DomainEventCallbackLifecycleMsg.class,
                DomainGetSchedulerParametersFlagsRet.class, NodeGetInfoRet.class);
        assertThat(TYPES.size()).isGreaterThan(RemoteProcedure.all().size());
    }

    static void decodeCleanly(Class<?> type, byte[] input, long seed) {
        try {
            Object value = XdrCodecs.decode(type, input);
            assertThat(value).isNotNull();
        } catch (XdrException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (Throwable t) {
            throw new AssertionError("seed " + seed + ": " + type.getSimpleName() + " on "
                    + HexFormat.of().formatHex(input) + " threw " + t, t);
        }
    }

    // ---- inputs ----

    static final int[] INTERESTING = {0, 1, 2, 3, 4, 7, 8, 15, 16, 17, 31, 32, 255, 256, 1024, 16384, 65536, 4194304,
            4194305, Integer.MAX_VALUE, Integer.MIN_VALUE, -1, -4};

    static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(4) == 0 ? r.nextInt(8) : r.nextInt(256)];
        r.nextBytes(b);
        return b;
    }

    /** One to four mutations of a valid encoding: words overwritten, bytes flipped, cut, grown, spliced. */
    static byte[] mutate(Random r, byte[] valid, byte[] other) {
        byte[] b = valid.clone();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int words = b.length / 4;
            switch (r.nextInt(7)) {
                case 0, 1 -> {
                    if (words > 0) {
                        int at = r.nextInt(words) * 4;
                        int v = INTERESTING[r.nextInt(INTERESTING.length)];
                        b[at] = (byte) (v >>> 24);
                        b[at + 1] = (byte) (v >>> 16);
                        b[at + 2] = (byte) (v >>> 8);
                        b[at + 3] = (byte) v;
                    }
                }
                case 2 -> {
                    if (b.length > 0) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 3 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
                case 4 -> {
                    byte[] tail = new byte[r.nextInt(16)];
                    r.nextBytes(tail);
                    byte[] grown = Arrays.copyOf(b, b.length + tail.length);
                    System.arraycopy(tail, 0, grown, b.length, tail.length);
                    b = grown;
                }
                case 5 -> {
                    int at = b.length == 0 ? 0 : r.nextInt(b.length);
                    int from = other.length == 0 ? 0 : r.nextInt(other.length);
                    byte[] spliced = Arrays.copyOf(b, at + other.length - from);
                    System.arraycopy(other, from, spliced, at, other.length - from);
                    b = spliced;
                }
                default -> {
                    if (words > 1) {
                        int at = r.nextInt(words - 1) * 4;
                        b[at + 3] = (byte) (b[at + 3] + (r.nextBoolean() ? 1 : -1));
                    }
                }
            }
        }
        return b;
    }

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static List<Class<?>> payloadTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        types.add(RemoteError.class);
        for (RemoteProcedure<?, ?> p : RemoteProcedure.all()) {
            types.add(p.args());
            types.add(p.ret());
        }
        types.remove(XdrVoid.class);
        return List.copyOf(types);
    }

    static List<List<byte[]>> validEncodings() {
        List<List<byte[]>> out = new ArrayList<>();
        for (Class<?> type : TYPES) {
            List<byte[]> forType = new ArrayList<>();
            for (int v = 0; v < 4; v++) {
                forType.add(encode(type, v));
            }
            out.add(forType);
        }
        return out;
    }

    private static <T> byte[] encode(Class<T> type, int variant) {
        return XdrCodecs.encode(type, Samples.of(type, variant));
    }
}
