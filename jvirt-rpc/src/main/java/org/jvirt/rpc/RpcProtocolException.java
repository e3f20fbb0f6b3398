package org.jvirt.rpc;

import java.io.IOException;

/** The peer broke the framing rules; the connection cannot continue. */
public final class RpcProtocolException extends IOException {

    public RpcProtocolException(String message) {
        super(message);
    }
}
