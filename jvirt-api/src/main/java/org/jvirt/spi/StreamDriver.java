package org.jvirt.spi;

/**
 * The driver side of one open stream (libvirt's virStreamDriver): the driver that starts a transfer (a volume
 * upload or download, a console) returns one, and the public {@code Stream} calls it. Every entry is optional,
 * as in libvirt: an entry the driver lacks is NO_SUPPORT naming the public function.
 */
public interface StreamDriver {

    /** virStreamSend: takes up to {@code len} bytes and says how many it took (all of them, when blocking). */
    default int send(byte[] data, int off, int len) {
        throw Unsupported.call("virStreamSend");
    }

    /** virStreamRecv: up to {@code len} bytes into {@code buf}; 0 at the end of the stream. */
    default int recv(byte[] buf, int off, int len) {
        throw Unsupported.call("virStreamRecv");
    }

    /** virStreamSendHole: {@code length} bytes of nothing (a sparse stream). */
    default void sendHole(long length, int flags) {
        throw Unsupported.call("virStreamSendHole");
    }

    /** virStreamFinish: the transfer completed; whatever the other end still has to confirm is awaited. */
    default void finish() {
        throw Unsupported.call("virStreamFinish");
    }

    /** virStreamAbort: the transfer is abandoned; never reports the other end's answer to that. */
    default void abort() {
        throw Unsupported.call("virStreamAbort");
    }
}
