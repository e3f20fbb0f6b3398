package org.jvirt;

import java.util.function.Supplier;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;
import org.jvirt.spi.Unsupported;

/**
 * The one path every public call takes (DESIGN.md rule 3): reset the last error, check the connection is open
 * and, for mutating calls, writable; call the driver; record any error (thread, connection) and tell the
 * listeners. Nothing else lives here.
 */
final class Dispatch {

    private Dispatch() {
    }

    /** A call that only reads state: allowed on read-only connections. */
    static <T> T read(Connect conn, String function, Supplier<T> call) {
        return run(conn, function, false, call);
    }

    /** A call that changes state: refused with OPERATION_DENIED on read-only connections. */
    static <T> T write(Connect conn, String function, Supplier<T> call) {
        return run(conn, function, true, call);
    }

    static void write(Connect conn, String function, Runnable call) {
        run(conn, function, true, () -> {
            call.run();
            return null;
        });
    }

    private static <T> T run(Connect conn, String function, boolean mutating, Supplier<T> call) {
        Errors.resetLastError();
        try {
            if (conn.isClosed()) {
                throw VirtException.of(ErrorCode.INVALID_CONN, Unsupported.apiDomain(function), function);
            }
            if (mutating && conn.isReadOnly()) {
                throw VirtException.of(ErrorCode.OPERATION_DENIED, Unsupported.apiDomain(function),
                        "read only access prevents %s", function);
            }
            return call.get();
        } catch (VirtException e) {
            raise(conn, e.error());
            throw e;
        } catch (RuntimeException e) {
            // A driver bug must still reach the caller as libvirt's error record, never as a bare exception.
            VirtException wrapped = VirtException.of(ErrorCode.INTERNAL_ERROR, Unsupported.apiDomain(function),
                    "unexpected failure in %s: %s", function, e);
            wrapped.initCause(e);
            raise(conn, wrapped.error());
            throw wrapped;
        }
    }

    /** Records an error raised outside a connection's calls (e.g. while opening it). */
    static void raise(Connect conn, VirtError error) {
        Errors.record(error);
        ErrorListener listener = null;
        if (conn != null) {
            conn.recordError(error);
            listener = conn.errorListener();
        }
        if (listener == null) {
            listener = Errors.globalListener();
        }
        if (listener != null) {
            listener.onError(error);
        } else {
            // no listener anywhere: virDispatchError's virDefaultErrorFunc
            org.jvirt.error.DefaultErrorPrinter.print(error, System.err);
        }
    }
}
