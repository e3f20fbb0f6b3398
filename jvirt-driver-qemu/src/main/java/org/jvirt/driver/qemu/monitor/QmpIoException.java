package org.jvirt.driver.qemu.monitor;

import java.io.IOException;

/**
 * A failure of the monitor connection itself (not of a command): the transport's only checked exception.
 * {@link QmpErrors#transport} turns it into the libvirt-worded VirtException.
 */
public final class QmpIoException extends IOException {

    /** What went wrong; the message carries the detail (an OS error text, the offending JSON...). */
    public enum Kind {
        /** Connecting failed for good: an OS error other than "not there yet", or QEMU died meanwhile. */
        CONNECT,
        /** The socket did not accept a connection before the deadline (detail: the last OS error). */
        NO_SOCKET,
        /** QEMU closed the monitor (it exited, or was killed). */
        EOF,
        /** We closed the transport; later commands fail with this. */
        CLOSED,
        /** A read or write failed (detail: the OS error). */
        IO,
        /** QEMU sent something that is not QMP. */
        PROTOCOL,
        /** No reply within the caller's deadline (the connection stays usable). */
        TIMEOUT
    }

    private final Kind kind;

    public QmpIoException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public QmpIoException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
