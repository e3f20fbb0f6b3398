package org.jvirt.rpc.remote;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE program's procedures, declared once (DESIGN.md rule 9): number, name (the C name minus
 * REMOTE_PROC_), argument and result layouts. Client stubs call {@code client.call(DOMAIN_SUSPEND, args)}
 * and the server's dispatch table registers {@code on(DOMAIN_SUSPEND, handler)}; both are typed by
 * {@code A} and {@code R}. Append-only: a number, once given, keeps its meaning. Events are procedures
 * too: the server sends their {@code args} as MESSAGE packets and there is no reply.
 *
 * @param <A> the arguments record (XdrVoid when none)
 * @param <R> the result record (XdrVoid when none)
 */
public final class RemoteProcedure<A, R> {

    private static final Map<Integer, RemoteProcedure<?, ?>> BY_NUMBER = new TreeMap<>();

    private static final Class<XdrVoid> VOID = XdrVoid.class;

    public static final RemoteProcedure<ConnectOpenArgs, XdrVoid> CONNECT_OPEN =
            define(1, "CONNECT_OPEN", ConnectOpenArgs.class, VOID);
    public static final RemoteProcedure<XdrVoid, XdrVoid> CONNECT_CLOSE =
            define(2, "CONNECT_CLOSE", VOID, VOID);
    public static final RemoteProcedure<XdrVoid, ConnectGetTypeRet> CONNECT_GET_TYPE =
            define(3, "CONNECT_GET_TYPE", VOID, ConnectGetTypeRet.class);
    public static final RemoteProcedure<DomainGetInfoArgs, DomainGetInfoRet> DOMAIN_GET_INFO =
            define(16, "DOMAIN_GET_INFO", DomainGetInfoArgs.class, DomainGetInfoRet.class);
    public static final RemoteProcedure<DomainLookupByNameArgs, DomainLookupByNameRet> DOMAIN_LOOKUP_BY_NAME =
            define(23, "DOMAIN_LOOKUP_BY_NAME", DomainLookupByNameArgs.class, DomainLookupByNameRet.class);
    public static final RemoteProcedure<DomainSuspendArgs, XdrVoid> DOMAIN_SUSPEND =
            define(34, "DOMAIN_SUSPEND", DomainSuspendArgs.class, VOID);
    public static final RemoteProcedure<ConnectSupportsFeatureArgs, ConnectSupportsFeatureRet> CONNECT_SUPPORTS_FEATURE =
            define(60, "CONNECT_SUPPORTS_FEATURE", ConnectSupportsFeatureArgs.class, ConnectSupportsFeatureRet.class);
    public static final RemoteProcedure<XdrVoid, AuthListRet> AUTH_LIST =
            define(66, "AUTH_LIST", VOID, AuthListRet.class);
    public static final RemoteProcedure<ConnectListAllDomainsArgs, ConnectListAllDomainsRet> CONNECT_LIST_ALL_DOMAINS =
            define(273, "CONNECT_LIST_ALL_DOMAINS", ConnectListAllDomainsArgs.class, ConnectListAllDomainsRet.class);

    private final int number;
    private final String name;
    private final Class<A> args;
    private final Class<R> ret;

    private RemoteProcedure(int number, String name, Class<A> args, Class<R> ret) {
        this.number = number;
        this.name = name;
        this.args = args;
        this.ret = ret;
    }

    private static <A, R> RemoteProcedure<A, R> define(int number, String name, Class<A> args, Class<R> ret) {
        RemoteProcedure<A, R> p = new RemoteProcedure<>(number, name, args, ret);
        if (BY_NUMBER.putIfAbsent(number, p) != null) {
            throw new ExceptionInInitializerError("procedure number " + number + " declared twice");
        }
        return p;
    }

    /** The procedure with that number, or null when this side does not know it. */
    public static RemoteProcedure<?, ?> of(int number) {
        return BY_NUMBER.get(number);
    }

    /** Every declared procedure, by number. */
    public static Collection<RemoteProcedure<?, ?>> all() {
        return Collections.unmodifiableCollection(BY_NUMBER.values());
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

    @Override
    public String toString() {
        return "REMOTE_PROC_" + name + "(" + number + ")";
    }
}
