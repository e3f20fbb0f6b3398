package org.jvirt.rpc.remote;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE program's procedures, declared once (DESIGN.md rule 9): number, name (the C name minus
 * REMOTE_PROC_), argument and result layouts. Client stubs call {@code client.call(DOMAIN_SUSPEND, args)}
 * and the server's dispatch table registers {@code on(DOMAIN_SUSPEND, handler)}; both are typed by
 * {@code A} and {@code R}. Append-only: a number, once given, keeps its meaning. Events are procedures
 * too: the server sends their {@code args} as MESSAGE packets and there is no reply.
 *
 * <p>This class is the type and the registry; the constants live in one declaration class per family
 * ({@link DomainProcedures}, {@link NetworkProcedures}, {@link SecretProcedures}... see {@link #families()}),
 * each registering its procedures here when it is initialised. {@link #of} and {@link #all} first initialise
 * every family, so lookups by number see the whole table whichever constant was touched first.
 *
 * @param <A> the arguments record (XdrVoid when none)
 * @param <R> the result record (XdrVoid when none)
 */
public final class RemoteProcedure<A, R> {

    // families may be initialised by different threads at once: a concurrent map, ordered by number
    private static final Map<Integer, RemoteProcedure<?, ?>> BY_NUMBER = new ConcurrentSkipListMap<>();

    static final Class<XdrVoid> VOID = XdrVoid.class;

    /** The declaration classes, each holding the constants of one family; together they are the REMOTE program. */
    private static final List<Class<?>> FAMILIES = List.of(ConnectProcedures.class, DomainProcedures.class,
            DomainEventProcedures.class, DomainSnapshotProcedures.class, InterfaceProcedures.class,
            NetworkProcedures.class, NodeDeviceProcedures.class, NwfilterProcedures.class, SecretProcedures.class,
            StorageProcedures.class);

    /**
     * Initialised on the first lookup by number: it initialises every family. A family's own initialisation needs
     * only this class (never this holder), so threads starting from different ends cannot deadlock.
     */
    private static final class Loaded {
        static {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (Class<?> family : FAMILIES) {
                try {
                    lookup.ensureInitialized(family);
                } catch (IllegalAccessException e) {
                    throw new ExceptionInInitializerError(e);
                }
            }
        }

        static void ensure() {
            // the static initialiser above did the work
        }
    }

    /**
     * Whether a call opens a stream on its serial, and which way its data flows (libvirt's @readstream /
     * @writestream annotations: FROM_SERVER is a readstream, e.g. a console's output; consoles carry data
     * both ways all the same).
     */
    public enum StreamKind {
        NONE, FROM_SERVER, TO_SERVER
    }

    private final int number;
    private final String name;
    private final Class<A> args;
    private final Class<R> ret;
    private final boolean event;
    private final StreamKind stream;

    private RemoteProcedure(int number, String name, Class<A> args, Class<R> ret, boolean event, StreamKind stream) {
        this.number = number;
        this.name = name;
        this.args = args;
        this.ret = ret;
        this.event = event;
        this.stream = stream;
    }

    static <A, R> RemoteProcedure<A, R> define(int number, String name, Class<A> args, Class<R> ret) {
        return register(new RemoteProcedure<>(number, name, args, ret, false, StreamKind.NONE));
    }

    /**
     * A procedure of another program (libvirt-qemu's, libvirt-lxc's): typed like the REMOTE ones but kept out of
     * the REMOTE table, whose numbers it would collide with.
     */
    public static <A, R> RemoteProcedure<A, R> ofProgram(int number, String name, Class<A> args, Class<R> ret) {
        return new RemoteProcedure<>(number, name, args, ret, false, StreamKind.NONE);
    }

    /** A message the server sends (type MESSAGE, serial 0) with {@code msg} as its body: never called or answered. */
    static <M> RemoteProcedure<M, XdrVoid> event(int number, String name, Class<M> msg) {
        return register(new RemoteProcedure<>(number, name, msg, VOID, true, StreamKind.NONE));
    }

    /** A call whose reply is followed by stream packets (type STREAM) on the call's serial. */
    static <A, R> RemoteProcedure<A, R> stream(int number, String name, Class<A> args, Class<R> ret,
                                                      StreamKind kind) {
        return register(new RemoteProcedure<>(number, name, args, ret, false, kind));
    }

    private static <A, R> RemoteProcedure<A, R> register(RemoteProcedure<A, R> p) {
        if (BY_NUMBER.putIfAbsent(p.number, p) != null) {
            throw new ExceptionInInitializerError("procedure number " + p.number + " declared twice");
        }
        return p;
    }

    /** The procedure with that number, or null when this side does not know it. */
    public static RemoteProcedure<?, ?> of(int number) {
        Loaded.ensure();
        return BY_NUMBER.get(number);
    }

    /** Every declared procedure, by number. */
    public static Collection<RemoteProcedure<?, ?>> all() {
        Loaded.ensure();
        return Collections.unmodifiableCollection(BY_NUMBER.values());
    }

    /** The declaration classes of the families, whose public constants are the procedures. */
    public static List<Class<?>> families() {
        return FAMILIES;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public Class<A> args() {
        return args;
    }

    public Class<R> ret() {
        return ret;
    }

    /** True for the server's event messages: {@link #args()} is the message body, there is no reply. */
    public boolean event() {
        return event;
    }

    public StreamKind stream() {
        return stream;
    }

    @Override
    public String toString() {
        return "REMOTE_PROC_" + name + "(" + number + ")";
    }
}
