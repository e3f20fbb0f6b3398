package org.jvirt.driver.remote;

import java.io.IOException;
import java.util.Map;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.ErrorLevel;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;

/**
 * The errors libvirt's RPC client reports for transport trouble, with its texts. System errors carry the
 * strerror text after ": " and the errno in int1 (virReportSystemError), e.g. "Cannot recv data: Connection
 * reset by peer" with int1 104; the JDK reports the same strerror texts, so the errno is looked up by text.
 */
final class RemoteFailures {

    static final int EIO = 5;
    static final int ECONNRESET = 104;

    /** strerror texts glibc uses, and their errno, for the failures a socket or pipe can report. */
    private static final Map<String, Integer> ERRNO = Map.ofEntries(
            Map.entry("Operation not permitted", 1),
            Map.entry("No such file or directory", 2),
            Map.entry("Input/output error", EIO),
            Map.entry("Permission denied", 13),
            Map.entry("Not a directory", 20),
            Map.entry("Broken pipe", 32),
            Map.entry("Function not implemented", 38),
            Map.entry("Socket operation on non-socket", 88),
            Map.entry("Protocol wrong type for socket", 91),
            Map.entry("Address family not supported by protocol", 97),
            Map.entry("Network is unreachable", 101),
            Map.entry("Connection reset by peer", ECONNRESET),
            Map.entry("Connection timed out", 110),
            Map.entry("Connection refused", 111),
            Map.entry("No route to host", 113));

    private RemoteFailures() {
    }

    /** virReportSystemError: "{prefix}: {strerror}" as SYSTEM_ERROR from the RPC layer. */
    static VirtException system(String prefix, String strerror) {
        return system(ErrorDomain.RPC, prefix, strerror);
    }

    /** As {@link #system(String, String)} for a report from another part of libvirt. */
    static VirtException system(ErrorDomain domain, String prefix, String strerror) {
        String message = prefix + ": " + strerror;
        return new VirtException(new VirtError(ErrorCode.SYSTEM_ERROR, domain, ErrorLevel.ERROR, message,
                "%s", message, null, ERRNO.getOrDefault(strerror, -1), -1));
    }

    /** As {@link #system(String, String)} for a JDK I/O failure. */
    static VirtException system(String prefix, IOException e) {
        return system(prefix, strerror(e));
    }

    /** A SYSTEM_ERROR whose whole text is given and which carries no errno (libvirt's gai_strerror reports). */
    static VirtException systemText(String message) {
        return new VirtException(new VirtError(ErrorCode.SYSTEM_ERROR, ErrorDomain.RPC, ErrorLevel.ERROR, message,
                "%s", message, null, -1, -1));
    }

    /** The strerror text of a JDK I/O failure; the JDK's own wording for a reset is normalised to glibc's. */
    static String strerror(IOException e) {
        String m = e.getMessage();
        if (m == null) {
            return "Input/output error";
        }
        if (m.equals("Connection reset") || m.startsWith("Connection reset by peer")) {
            return "Connection reset by peer";
        }
        if (m.startsWith("Broken pipe")) {
            return "Broken pipe";
        }
        int paren = m.indexOf(" (");
        return paren > 0 && ERRNO.containsKey(m.substring(0, paren)) ? m.substring(0, paren) : m;
    }

    /** The peer closed the link: virNetSocketReadWire's EOF report (EIO), with a command's stderr when it has one. */
    static VirtException endOfFile(String errout) {
        return system(errout == null ? "End of file while reading data" : "End of file while reading data: " + errout,
                "Input/output error");
    }

    static VirtException recvFailed(String errout, String strerror) {
        return system(errout == null ? "Cannot recv data" : "Cannot recv data: " + errout, strerror);
    }

    static VirtException writeFailed(String errout, String strerror) {
        return system(errout == null ? "Cannot write data" : "Cannot write data: " + errout, strerror);
    }

    /** A call on a connection that has gone: virNetClientSendInternal's report. */
    static VirtException closed() {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC, "client socket is closed");
    }

    static VirtException keepaliveTimeout() {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC, "connection closed due to keepalive timeout");
    }

    /** A protocol-level failure of the RPC layer (virnetclient.c, VIR_FROM_RPC). */
    static VirtException rpc(String detail) {
        return VirtException.of(ErrorCode.RPC, ErrorDomain.RPC, detail);
    }

    /** A limit the remote driver checks before calling (remote_driver.c, VIR_FROM_REMOTE). */
    static VirtException limit(String detail) {
        return VirtException.of(ErrorCode.RPC, ErrorDomain.REMOTE, detail);
    }
}
