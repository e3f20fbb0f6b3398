package org.jvirt.daemon.remote;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jvirt.rpc.remote.RemoteProcedure;

/** The daemon's dispatch table: procedure number to typed handler, filled once by the area files. */
public final class HandlerTable {

    /** A procedure with its handler, kept together so that the types line up without casts at the call. */
    public record Entry<A, R>(RemoteProcedure<A, R> procedure, Handler<A, R> handler) {
    }

    private final Map<Integer, Entry<?, ?>> byNumber = new TreeMap<>();

    public <A, R> HandlerTable on(RemoteProcedure<A, R> procedure, Handler<A, R> handler) {
        if (byNumber.putIfAbsent(procedure.number(), new Entry<>(procedure, handler)) != null) {
            throw new IllegalStateException(procedure + " has two handlers");
        }
        return this;
    }

    /** The entry of a procedure number, or null when the daemon does not serve it. */
    public Entry<?, ?> get(int number) {
        return byNumber.get(number);
    }

    public boolean serves(RemoteProcedure<?, ?> procedure) {
        return procedure != null && byNumber.containsKey(procedure.number());
    }

    public Map<Integer, Entry<?, ?>> entries() {
        return Collections.unmodifiableMap(byNumber);
    }
}
