package org.jvirt.driver.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jvirt.error.VirtException;

/**
 * One connected byte stream to a daemon. One thread reads while another writes; {@link #close()} unblocks both.
 * The failure methods build libvirt's texts for this kind of link.
 */
interface RemoteChannel extends AutoCloseable {

    InputStream input();

    OutputStream output();

    /** Whether the link itself encrypts (TLS): half of libvirt's virConnectIsEncrypted. */
    default boolean encrypted() {
        return false;
    }

    /** Reading met the end of the stream. */
    default VirtException eof() {
        return RemoteFailures.endOfFile(null);
    }

    default VirtException readFailed(IOException e) {
        return RemoteFailures.recvFailed(null, RemoteFailures.strerror(e));
    }

    default VirtException writeFailed(IOException e) {
        return RemoteFailures.writeFailed(null, RemoteFailures.strerror(e));
    }

    /** Never throws; idempotent. */
    @Override
    void close();
}
